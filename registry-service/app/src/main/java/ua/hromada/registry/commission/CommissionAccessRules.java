package ua.hromada.registry.commission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of commissions; reading it is open to the council's clerks, admins and auditors. A
 * write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class CommissionAccessRules {

    private static final String ONE = CommissionController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule commissionEstablishment() {
        return ApiAccessRule.post(CommissionController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule commissionAbolition() {
        return ApiAccessRule.post(ONE + "/abolition").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule commissionMemberAddition() {
        return ApiAccessRule.post(ONE + "/members").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule commissionMemberRemoval() {
        return ApiAccessRule.post(ONE + "/members/removal").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule commissionMeeting() {
        return ApiAccessRule.post(ONE + "/meetings").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule commissionDecision() {
        return ApiAccessRule.post(ONE + "/meetings/{meetingId}/decisions").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule awardPetitionDecision() {
        return ApiAccessRule.post(ONE + "/award-petitions/{petitionId}/decision").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule commissionCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule commissionWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
