package ua.hromada.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilJwtAuthenticationConverterTest {

    private final CouncilJwtAuthenticationConverter converter = new CouncilJwtAuthenticationConverter();

    @Test
    void realmRolesBecomeRoleAuthoritiesAndKeycloaksOwnRolesAreIgnored() {
        JwtAuthenticationToken authentication = (JwtAuthenticationToken) converter.convert(TestTokens.jwt(
                "lysychansk-admin", "lysychansk", "admin", "clerk", "offline_access", "default-roles-hromada"));

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_admin", "ROLE_clerk");
    }

    @Test
    void scopesGrantNothing() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("scope", "openid profile")
                .build();

        assertThat(converter.convert(jwt).getAuthorities()).isEmpty();
    }

    @Test
    void theUserIsThePreferredUsername() {
        assertThat(converter.convert(TestTokens.jwt("lysychansk-clerk", "lysychansk", "clerk")).getName())
                .isEqualTo("lysychansk-clerk");
    }

    @Test
    void withoutAPreferredUsernameTheUserIsTheSubject() {
        Jwt serviceAccount = Jwt.withTokenValue("t").header("alg", "RS256").subject("2f1c0e4a-service")
                .claim("realm_access", Map.of("roles", List.of("platform-admin"))).expiresAt(Instant.now().plusSeconds(60))
                .build();

        JwtAuthenticationToken authentication = (JwtAuthenticationToken) converter.convert(serviceAccount);

        assertThat(authentication.getName()).isEqualTo("2f1c0e4a-service");
        assertThat(CurrentUser.of(authentication).roles()).containsExactly(Role.PLATFORM_ADMIN);
    }

    @Test
    void malformedRealmAccessGrantsNothing() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("realm_access", "clerk").build();

        assertThat(converter.convert(jwt).getAuthorities()).isEmpty();
    }
}
