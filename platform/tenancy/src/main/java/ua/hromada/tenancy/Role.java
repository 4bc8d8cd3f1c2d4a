package ua.hromada.tenancy;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The realm roles of Keycloak realm {@code hromada}, as they appear in a token's {@code realm_access.roles} and,
 * prefixed with {@value #AUTHORITY_PREFIX}, as Spring Security authorities.
 */
public enum Role {

    /** Records the council's work. */
    CLERK("clerk"),

    /** Council administrator: everything a clerk does, plus corrections, withdrawals, catalogues and users. */
    ADMIN("admin"),

    /** Reads everything of the council, including history, and writes nothing. */
    AUDITOR("auditor"),

    /** Onboards councils; reads no council's records. */
    PLATFORM_ADMIN("platform-admin");

    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** The roles that may read a council's records by default. */
    public static final Set<Role> COUNCIL_READERS = Set.copyOf(EnumSet.of(CLERK, ADMIN, AUDITOR));

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The role's name in the token, e.g. {@code platform-admin}. */
    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority, e.g. {@code ROLE_clerk}. */
    public String authority() {
        return AUTHORITY_PREFIX + claimValue;
    }

    /** Whether holding this role is enough for something that requires {@code required}: admins act as clerks. */
    public boolean includes(Role required) {
        return this == required || this == ADMIN && required == CLERK;
    }

    public static Optional<Role> fromClaimValue(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }

    /** The known roles among the given claim values; Keycloak's own roles such as {@code offline_access} are ignored. */
    public static Set<Role> fromClaimValues(Collection<?> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            if (value instanceof String name) {
                fromClaimValue(name).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
