package ua.hromada.reporting.rebuild;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/** Rebuilds are for those who answer for the figures: council admins and auditors, and platform admins. */
@Configuration(proxyBeanMethods = false)
class RebuildAccessRules {

    @Bean
    ApiAccessRule rebuildStart() {
        return ApiAccessRule.post(RebuildController.PATH).allow(Role.ADMIN, Role.AUDITOR, Role.PLATFORM_ADMIN);
    }

    @Bean
    ApiAccessRule rebuildCancellation() {
        return ApiAccessRule.post(RebuildController.PATH + "/{id}/cancellation")
                .allow(Role.ADMIN, Role.AUDITOR, Role.PLATFORM_ADMIN);
    }

    /** The list and each rebuild's progress ({@code /**} matches the list's path too). */
    @Bean
    ApiAccessRule rebuildProgress() {
        return ApiAccessRule.get(RebuildController.PATH + "/**").allow(Role.ADMIN, Role.AUDITOR, Role.PLATFORM_ADMIN);
    }
}
