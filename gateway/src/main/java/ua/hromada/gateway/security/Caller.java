package ua.hromada.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, whether by bearer token or by browser session: the user's name, the council ({@code tenant},
 * {@code null} when the token names none) and the realm roles.
 */
public record Caller(String user, String tenant, Set<String> roles) {

    public static final String PLATFORM_ADMIN = "platform-admin";

    public static Optional<Caller> of(Authentication authentication) {
        Map<String, Object> claims;
        if (authentication instanceof JwtAuthenticationToken bearer) {
            claims = bearer.getTokenAttributes();
        } else if (authentication instanceof OAuth2AuthenticationToken session) {
            claims = session.getPrincipal().getAttributes();
        } else {
            return Optional.empty();
        }
        return Optional.of(new Caller(authentication.getName(), KeycloakClaims.tenant(claims).orElse(null),
                realmRoles(authentication)));
    }

    public boolean hasTenant() {
        return tenant != null;
    }

    public boolean isPlatformAdmin() {
        return roles.contains(PLATFORM_ADMIN);
    }

    private static Set<String> realmRoles(Authentication authentication) {
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(KeycloakClaims.ROLE_PREFIX)) {
                roles.add(name.substring(KeycloakClaims.ROLE_PREFIX.length()));
            }
        }
        return roles;
    }
}
