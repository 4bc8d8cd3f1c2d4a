package ua.hromada.registry.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of organisations; reading it is open to the council's clerks, admins and auditors.
 * A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationAccessRules {

    /** Recording is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule organisationRegistration() {
        return ApiAccessRule.post(OrganisationController.PATH).allow(Role.CLERK);
    }
}
