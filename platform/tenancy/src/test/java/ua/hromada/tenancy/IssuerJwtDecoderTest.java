package ua.hromada.tenancy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import ua.hromada.testing.jwt.TestJwtIssuer;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder against a real (in-process) issuer with real signatures: discovery, keys, issuer, audience, expiry. */
class IssuerJwtDecoderTest {

    private static TestJwtIssuer issuer;
    private static IssuerJwtDecoder decoder;

    @BeforeAll
    static void startIssuer() {
        issuer = TestJwtIssuer.start();
        decoder = new IssuerJwtDecoder(issuer.issuerUri(), "hromada-api");
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void acceptsATokenOfTheIssuerForTheApi() {
        Jwt jwt = decoder.decode(issuer.tokenFor("lysychansk-clerk", "lysychansk", "clerk"));

        assertThat(jwt.getClaimAsString("tenant")).isEqualTo("lysychansk");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("lysychansk-clerk");
        assertThat(CouncilJwtAuthenticationConverter.authorities(jwt)).extracting(Object::toString)
                .containsExactly("ROLE_clerk");
    }

    @Test
    void refusesAnExpiredToken() {
        String expired = issuer.token().user("lysychansk-clerk").tenant("lysychansk").roles("clerk").expired().sign();

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        String forTheConsole = issuer.token().user("lysychansk-clerk").tenant("lysychansk").roles("clerk")
                .audience("account").sign();

        assertThatThrownBy(() -> decoder.decode(forTheConsole)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        String forged = issuer.token().user("lysychansk-admin").tenant("lysychansk").roles("admin")
                .signedByForeignKey().sign();

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void refusesATokenNamingAnotherIssuer() {
        String otherRealm = issuer.token().user("lysychansk-clerk").tenant("lysychansk").roles("clerk")
                .issuer("http://127.0.0.1:8180/realms/master").sign();

        assertThatThrownBy(() -> decoder.decode(otherRealm)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void refusesSomethingThatIsNoToken() {
        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void startsWithoutTheIssuerAndReportsItUnreachableRatherThanTheTokenBad() throws IOException {
        String nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = "http://127.0.0.1:" + socket.getLocalPort() + "/realms/hromada";
        }
        IssuerJwtDecoder unreachable = new IssuerJwtDecoder(nobodyListens, "hromada-api");

        assertThatThrownBy(() -> unreachable.decode(issuer.tokenFor("u", "lysychansk", "clerk")))
                .isInstanceOf(JwtException.class).isNotInstanceOf(BadJwtException.class)
                .hasCauseInstanceOf(JwtDecoderInitializationException.class);
    }
}
