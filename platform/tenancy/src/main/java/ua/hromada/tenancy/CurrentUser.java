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

    private final String userId;
    private final String tenant;
    private final Set<Role> roles;

    CurrentUser(String userId, String tenant, Set<Role> roles) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.tenant = tenant;
        this.roles = Set.copyOf(roles);
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
        String tenant = authentication instanceof JwtAuthenticationToken jwt ? tenantOf(jwt.getToken()).orElse(null)
                : null;
        return new CurrentUser(authentication.getName(), tenant, roles);
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
