package ua.hromada.registry.correspondence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/**
 * Who may change the register of outgoing documents; reading it is open to the council's clerks, admins and
 * auditors. A write endpoint without a rule here is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class OutgoingDocumentAccessRules {

    private static final String ONE = OutgoingDocumentController.PATH + "/{id}";

    /** Recording what the council sent is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule outgoingDocumentRegistration() {
        return ApiAccessRule.post(OutgoingDocumentController.PATH).allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule outgoingDocumentCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule outgoingDocumentWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
