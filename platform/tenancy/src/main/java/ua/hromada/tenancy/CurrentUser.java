package ua.hromada.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the user id, the council (tenant) and the roles, all from the validated token. The tenant comes
 * only from the token's {@value #TENANT_CLAIM} claim, never from a header, parameter or body.
 */
public final class CurrentUser {

    /** The claim that names the caller's council; Keycloak maps it from the council group's attribute. */
    public static final String TENANT_CLAIM = "tenant";

    /** The council's name as people write it (e.g. "Лисичанська міська рада"), from the same group. */
    public static final String COUNCIL_NAME_CLAIM = "council_name";

    private static final int LONGEST_COUNCIL_NAME = 200;

    private final String userId;
    private final String tenant;
    private final Set<Role> roles;
    private final String councilName;

    CurrentUser(String userId, String tenant, Set<Role> roles) {
        this(userId, tenant, roles, null);
    }

    CurrentUser(String userId, String tenant, Set<Role> roles, String councilName) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.tenant = tenant;
        this.roles = Set.copyOf(roles);
        this.councilName = councilName;
    }

    /**
     * The caller behind an authentication: its name as user id, its {@code ROLE_*} authorities as roles and, for a
     * JWT, the tenant claim (a missing, non-string or malformed claim means no tenant).
     */
    public static CurrentUser of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
        }
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            return new CurrentUser(authentication.getName(), null, roles);
        }
        String tenant = tenantOf(jwt.getToken()).orElse(null);
        return new CurrentUser(authentication.getName(), tenant, roles,
                tenant == null ? null : councilNameOf(jwt.getToken()).orElse(null));
    }

    private static Optional<String> councilNameOf(Jwt jwt) {
        return jwt.getClaims().get(COUNCIL_NAME_CLAIM) instanceof String name && !name.isBlank()
                && name.length() <= LONGEST_COUNCIL_NAME ? Optional.of(name.strip()) : Optional.empty();
    }

    static Optional<String> tenantOf(Jwt jwt) {
        return jwt.getClaims().get(TENANT_CLAIM) instanceof String tenant && TenantScopedId.isTenant(tenant)
                ? Optional.of(tenant)
                : Optional.empty();
    }

    /** {@code preferred_username}, or {@code sub} when the token has none. */
    public String userId() {
        return userId;
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** The council's name for documents; tokens issued before the realm mapped it have none. */
    public Optional<String> councilName() {
        return Optional.ofNullable(councilName);
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether one of the caller's roles includes {@code required} (an admin may act as a clerk). */
    public boolean mayActAs(Role required) {
        return roles.stream().anyMatch(role -> role.includes(required));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && userId.equals(that.userId) && Objects.equals(tenant, that.tenant)
                && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, tenant, roles);
    }

    @Override
    public String toString() {
        return "CurrentUser[userId=" + userId + ", tenant=" + tenant + ", roles=" + roles + "]";
    }
}
