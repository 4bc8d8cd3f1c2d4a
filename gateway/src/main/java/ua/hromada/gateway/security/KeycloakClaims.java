package ua.hromada.gateway.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the realm {@code hromada} puts into its tokens. */
final class KeycloakClaims {

    static final String TENANT = "tenant";
    static final String ROLE_PREFIX = "ROLE_";

    private static final String REALM_ACCESS = "realm_access";
    private static final String ROLES = "roles";
    private static final String PREFERRED_USERNAME = "preferred_username";
    private static final String SUBJECT = "sub";

    private KeycloakClaims() {
    }

    /** The council the caller works for; a blank or non-string claim is no tenant at all. */
    static Optional<String> tenant(Map<String, Object> claims) {
        return claims.get(TENANT) instanceof String tenant && !tenant.isBlank()
                ? Optional.of(tenant)
                : Optional.empty();
    }

    /** The realm roles ({@code clerk}, {@code admin}, …) as {@code ROLE_clerk}, … authorities. */
    static List<GrantedAuthority> realmRoleAuthorities(Map<String, Object> claims) {
        if (!(claims.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get(ROLES) instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .toList();
    }

    /** The login name people know the user by, or the subject id when the token has none. */
    static String userName(Map<String, Object> claims) {
        return claims.get(PREFERRED_USERNAME) instanceof String name && !name.isBlank()
                ? name
                : String.valueOf(claims.get(SUBJECT));
    }
}
