package ua.hromada.registry.act;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of council acts; reading it is open to the council's clerks, admins and auditors.
 * A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ActAccessRules {

    private static final String ONE = ActController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule actRecording() {
        return ApiAccessRule.post(ActController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule actAdoption() {
        return ApiAccessRule.post(ONE + "/adoption").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule actPublication() {
        return ApiAccessRule.post(ONE + "/publication").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule actCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule actWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
