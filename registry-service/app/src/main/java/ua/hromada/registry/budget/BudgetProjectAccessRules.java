package ua.hromada.registry.budget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the council's participatory-budget projects; reading them is open to the council's clerks,
 * admins and auditors. A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class BudgetProjectAccessRules {

    private static final String ONE = BudgetProjectController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule budgetProjectSubmission() {
        return ApiAccessRule.post(BudgetProjectController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule budgetProjectAdmission() {
        return ApiAccessRule.post(ONE + "/admission").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule budgetProjectRejection() {
        return ApiAccessRule.post(ONE + "/rejection").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule budgetProjectVotingResult() {
        return ApiAccessRule.post(ONE + "/voting-result").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule budgetProjectWinner() {
        return ApiAccessRule.post(ONE + "/winner").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule budgetProjectCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule budgetProjectWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
