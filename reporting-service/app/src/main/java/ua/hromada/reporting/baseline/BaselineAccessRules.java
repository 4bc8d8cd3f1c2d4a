package ua.hromada.reporting.baseline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/** Reading baselines is open to the council's readers; recording one is an admin's: it stands in for records. */
@Configuration(proxyBeanMethods = false)
class BaselineAccessRules {

    @Bean
    ApiAccessRule baselineRecording() {
        return ApiAccessRule.post(BaselineController.PATH).allow(Role.ADMIN);
    }
}
