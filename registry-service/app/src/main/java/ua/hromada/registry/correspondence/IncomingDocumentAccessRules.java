package ua.hromada.registry.correspondence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of incoming documents; reading it is open to the council's clerks, admins and
 * auditors. A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class IncomingDocumentAccessRules {

    private static final String ONE = IncomingDocumentController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule incomingDocumentReceipt() {
        return ApiAccessRule.post(IncomingDocumentController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule incomingDocumentAnswer() {
        return ApiAccessRule.post(ONE + "/answer").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule incomingDocumentControlStart() {
        return ApiAccessRule.post(ONE + "/long-term-control").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule incomingDocumentControlEnd() {
        return ApiAccessRule.post(ONE + "/long-term-control/end").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule incomingDocumentCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule incomingDocumentWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
