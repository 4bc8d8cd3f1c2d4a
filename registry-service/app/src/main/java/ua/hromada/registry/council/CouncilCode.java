package ua.hromada.registry.council;

import ua.hromada.registry.api.council.CouncilId;
import ua.hromada.tenancy.TenantScopedId;

import java.util.regex.Pattern;

/**
 * The code of a council: its tenant, the value of the {@code tenant} claim of its members' tokens and the name of
 * its group under {@code /councils} in Keycloak, e.g. {@code lysychansk}.
 */
final class CouncilCode {

    /** Every such code is also a tenant in the sense of {@link TenantScopedId#isTenant}. */
    static final String PATTERN = "[a-z][a-z0-9-]{1,39}";
    static final String RULE = "must be 2 to 40 lower-case latin letters, digits or '-', starting with a letter";

    /** The client part of every council's aggregate id: one council aggregate per tenant. */
    private static final String COUNCIL_AGGREGATE = "council";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private CouncilCode() {
    }

    static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    /**
     * {@code <code>:council}: scoped by the council's own code, so that the onboarding command, which carries that
     * code as its tenant, passes the platform's guard against addressing another tenant's aggregate.
     */
    static CouncilId councilId(String code) {
        return CouncilId.of(TenantScopedId.of(code, COUNCIL_AGGREGATE).value());
    }
}
