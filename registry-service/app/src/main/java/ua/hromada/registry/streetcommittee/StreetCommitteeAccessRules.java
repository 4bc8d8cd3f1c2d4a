package ua.hromada.registry.streetcommittee;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of street committees; reading it is open to the council's clerks, admins and
 * auditors. A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class StreetCommitteeAccessRules {

    private static final String ONE = StreetCommitteeController.PATH + "/{id}";
    private static final String ONE_ELECTION = ONE + "/elections/{electionId}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule streetCommitteeEstablishment() {
        return ApiAccessRule.post(StreetCommitteeController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule streetCommitteeDissolution() {
        return ApiAccessRule.post(ONE + "/dissolution").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule streetCommitteeElection() {
        return ApiAccessRule.post(ONE + "/elections").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule streetCommitteeCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule streetCommitteeWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule streetCommitteeElectionCorrection() {
        return ApiAccessRule.post(ONE_ELECTION + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule streetCommitteeElectionWithdrawal() {
        return ApiAccessRule.post(ONE_ELECTION + "/withdrawal").allow(Role.ADMIN);
    }
}
