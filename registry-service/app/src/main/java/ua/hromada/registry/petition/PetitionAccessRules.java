package ua.hromada.registry.petition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the council's e-petitions; reading them is open to the council's clerks, admins and auditors.
 * A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class PetitionAccessRules {

    private static final String ONE = PetitionController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule petitionSubmission() {
        return ApiAccessRule.post(PetitionController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule petitionPublication() {
        return ApiAccessRule.post(ONE + "/publication").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule petitionRejection() {
        return ApiAccessRule.post(ONE + "/rejection").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule petitionSignatures() {
        return ApiAccessRule.post(ONE + "/signatures").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule petitionAnswer() {
        return ApiAccessRule.post(ONE + "/answer").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule petitionCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule petitionWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
