package ua.hromada.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    @Test
    void readsUserTenantAndRealmRolesOfABearerToken() {
        Caller caller = Caller.of(bearer(claims -> {
            claims.put("tenant", "lysychansk");
            claims.put("realm_access", Map.of("roles", List.of("clerk", "auditor")));
        })).orElseThrow();

        assertThat(caller).isEqualTo(new Caller("lysychansk-clerk", "lysychansk", Set.of("auditor", "clerk")));
        assertThat(caller.hasTenant()).isTrue();
        assertThat(caller.isPlatformAdmin()).isFalse();
    }

    @Test
    void takesABlankOrNonStringTenantForNone() {
        assertThat(Caller.of(bearer(claims -> claims.put("tenant", " "))).orElseThrow().hasTenant()).isFalse();
        assertThat(Caller.of(bearer(claims -> claims.put("tenant", List.of("lysychansk", "nizhyn"))))
                .orElseThrow().hasTenant()).isFalse();
        assertThat(Caller.of(bearer(claims -> { })).orElseThrow().hasTenant()).isFalse();
    }

    @Test
    void ignoresMalformedRealmAccess() {
        assertThat(Caller.of(bearer(claims -> claims.put("realm_access", "clerk"))).orElseThrow().roles()).isEmpty();
        assertThat(Caller.of(bearer(claims -> claims.put("realm_access", Map.of("roles", List.of(1, "admin")))))
                .orElseThrow().roles()).containsExactly("admin");
    }

    @Test
    void fallsBackToTheSubjectWithoutPreferredUsername() {
        Caller caller = Caller.of(bearer(claims -> claims.remove("preferred_username"))).orElseThrow();

        assertThat(caller.user()).isEqualTo("5b0c6a3e");
    }

    @Test
    void readsABrowserSessionsUser() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .subject("5b0c6a3e").claim("preferred_username", "platform-admin")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .build();
        DefaultOidcUser user = new DefaultOidcUser(
                AuthorityUtils.createAuthorityList("OIDC_USER", "SCOPE_openid", "ROLE_platform-admin"),
                idToken, "preferred_username");

        Caller caller = Caller.of(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"))
                .orElseThrow();

        assertThat(caller).isEqualTo(new Caller("platform-admin", null, Set.of("platform-admin")));
        assertThat(caller.isPlatformAdmin()).isTrue();
    }

    @Test
    void knowsNoCallerOfOtherAuthentications() {
        assertThat(Caller.of(new TestingAuthenticationToken("someone", "secret"))).isEmpty();
    }

    private static JwtAuthenticationToken bearer(Consumer<Map<String, Object>> adjustClaims) {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("5b0c6a3e")
                .claim("preferred_username", "lysychansk-clerk")
                .claims(adjustClaims)
                .build();
        return (JwtAuthenticationToken) new KeycloakJwtAuthenticationConverter().convert(jwt).block();
    }
}
