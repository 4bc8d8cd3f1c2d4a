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

    private static final String ONE = OrganisationController.PATH + "/{id}";

    /** Recording what happened is a clerk's work (and so an admin's). */
    @Bean
    ApiAccessRule organisationRegistration() {
        return ApiAccessRule.post(OrganisationController.PATH).allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule organisationAmendment() {
        return ApiAccessRule.post(ONE + "/amendment").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule organisationRenaming() {
        return ApiAccessRule.post(ONE + "/renaming").allow(Role.CLERK);
    }

    @Bean
    ApiAccessRule organisationLiquidation() {
        return ApiAccessRule.post(ONE + "/liquidation").allow(Role.CLERK);
    }

    /** Changing what was recorded wrongly is an admin's: the history shows who did it and why. */
    @Bean
    ApiAccessRule organisationCorrection() {
        return ApiAccessRule.post(ONE + "/correction").allow(Role.ADMIN);
    }

    @Bean
    ApiAccessRule organisationWithdrawal() {
        return ApiAccessRule.post(ONE + "/withdrawal").allow(Role.ADMIN);
    }
}
