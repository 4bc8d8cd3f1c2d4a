package ua.hromada.tenancy;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Decoded tokens shaped like Keycloak's, for tests that start after signature verification. */
final class TestTokens {

    private TestTokens() {
    }

    static Jwt jwt(String user, String tenant, String... roles) {
        Jwt.Builder jwt = Jwt.withTokenValue(user + "-token")
                .header("alg", "RS256")
                .subject("sub-of-" + user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .audience(List.of("hromada-api"))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (tenant != null) {
            jwt.claim("tenant", tenant);
        }
        return jwt.build();
    }

    static JwtAuthenticationToken authentication(String user, String tenant, String... roles) {
        return (JwtAuthenticationToken) new CouncilJwtAuthenticationConverter().convert(jwt(user, tenant, roles));
    }
}
