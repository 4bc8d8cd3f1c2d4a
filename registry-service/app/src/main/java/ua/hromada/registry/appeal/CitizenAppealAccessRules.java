package ua.hromada.registry.appeal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of citizens' appeals; reading it is open to the council's clerks, admins and
 * auditors. A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class CitizenAppealAccessRules {

    private static final String ONE = CitizenAppealController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule citizenAppealReceipt() {
        return ApiAccessRule.post(CitizenAppealController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule citizenAppealResolution() {
        return ApiAccessRule.post(ONE + "/resolution").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule citizenAppealCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule citizenAppealWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
