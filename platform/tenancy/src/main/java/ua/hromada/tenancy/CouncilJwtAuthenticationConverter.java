package ua.hromada.tenancy;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated Keycloak access token into an authentication: the realm roles of {@code realm_access.roles}
 * become {@code ROLE_*} authorities, and the user is {@code preferred_username}, or {@code sub} for tokens of
 * service accounts that have none. Scopes grant nothing: what a caller may do follows from its roles alone.
 */
final class CouncilJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String REALM_ACCESS_CLAIM = "realm_access";
    static final String ROLES = "roles";
    static final String PREFERRED_USERNAME_CLAIM = "preferred_username";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), userId(jwt));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Collection<?> roleNames = jwt.getClaims().get(REALM_ACCESS_CLAIM) instanceof Map<?, ?> realmAccess
                && realmAccess.get(ROLES) instanceof Collection<?> roles ? roles : List.of();
        return Role.fromClaimValues(roleNames).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    static String userId(Jwt jwt) {
        String preferredUsername = jwt.getClaimAsString(PREFERRED_USERNAME_CLAIM);
        return preferredUsername != null && !preferredUsername.isBlank() ? preferredUsername
                : jwt.getClaimAsString(JwtClaimNames.SUB);
    }
}
