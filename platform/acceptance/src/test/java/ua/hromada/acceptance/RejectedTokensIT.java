package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.acceptance.GatewayClient.ApiResponse;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ua.hromada.acceptance.ApiAssertions.assertProblem;

/**
 * Every token the gateway must refuse answers 401 problem+json, never a redirect to a login page. Each token is
 * Keycloak's own but for the one defect under test, so the refusal can have no other cause.
 */
class RejectedTokensIT {

    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static AcceptanceStack stack;
    private static KeycloakTestServer keycloak;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStack() {
        stack = AcceptanceStack.shared();
        keycloak = stack.keycloak();
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    void withoutATokenTheApiAnswers401AndNeverALoginRedirect() {
        assertProblem(gateway.get(Organisations.PATH, null), 401, "unauthenticated");
        assertProblem(gateway.get(Organisations.PATH, null, "text/html"), 401, "unauthenticated");
        assertProblem(gateway.post(Organisations.PATH, null,
                Organisations.registration(Organisations.uniqueId(), "ngo", "Без токена", "2021-03-15")),
                401, "unauthenticated");
    }

    @Test
    void aRealTokenWithATamperedSignatureIs401() {
        String[] parts = stack.tokenOf("lysychansk-clerk").split("\\.");
        byte[] signature = BASE64URL_DECODER.decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;

        String tampered = parts[0] + "." + parts[1] + "." + BASE64URL_ENCODER.encodeToString(signature);

        assertProblem(gateway.get(Organisations.PATH, tampered), 401, "unauthenticated");
    }

    @Test
    void aRealTokenWhoseClaimsWereChangedIs401() {
        String clerk = stack.tokenOf("lysychansk-clerk");
        String[] parts = clerk.split("\\.");
        ObjectNode claims = (ObjectNode) KeycloakTestServer.claims(clerk);
        claims.put("tenant", "nizhyn");

        String otherCouncil = parts[0] + "."
                + BASE64URL_ENCODER.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertProblem(gateway.get(Organisations.PATH, otherCouncil), 401, "unauthenticated");
    }

    @Test
    void aTokenSignedByAKeyTheRealmNeverPublishedIs401() {
        String forged = TestJwtIssuer.shared().token().issuer(keycloak.issuerUri())
                .user("lysychansk-admin").tenant("lysychansk").roles("admin", "clerk").sign();

        assertProblem(gateway.get(Organisations.PATH, forged), 401, "unauthenticated");
    }

    @Test
    void aRealTokenOfAnotherRealmIs401() {
        String masterRealmAdmin = keycloak.adminToken();

        assertProblem(gateway.get(Organisations.PATH, masterRealmAdmin), 401, "unauthenticated");
    }

    @Test
    void aRealTokenForAnotherAudienceIs401() {
        try (TemporaryClient withoutAudience = TemporaryClient.likeCliClient(keycloak, "no-audience",
                TemporaryClient.withoutAudienceMapper())) {
            String token = withoutAudience.passwordGrant("lysychansk-clerk");
            JsonNode claims = KeycloakTestServer.claims(token);
            assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuerUri());
            assertThat(claims.get("tenant").asText()).isEqualTo("lysychansk");
            assertThat(audiences(claims)).doesNotContain("hromada-api");

            JsonNode problem = assertProblem(gateway.get(Organisations.PATH, token), 401, "unauthenticated");

            assertThat(problem.get("detail").asText()).contains("aud");
        }
    }

    /**
     * Takes a little over a minute: verifiers accept a token for 60 s past its {@code exp} (clock skew), and the
     * shortest lifespan Keycloak issues is one second.
     */
    @Test
    void aRealTokenIs401OnceItHasExpired() {
        try (TemporaryClient shortLived = TemporaryClient.likeCliClient(keycloak, "short-lived",
                TemporaryClient.withAccessTokenLifespan(Duration.ofSeconds(1)))) {
            String token = shortLived.passwordGrant("lysychansk-clerk");
            Instant expiresAt = Instant.ofEpochSecond(KeycloakTestServer.claims(token).get("exp").asLong());
            assertThat(expiresAt).isBefore(Instant.now().plusSeconds(2));
            ApiResponse whileFresh = gateway.get(Organisations.PATH, token);
            assertThat(whileFresh.status()).as("the same token before it expired: %s", whileFresh).isEqualTo(200);

            ApiResponse refused = await("the expired token refused")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> gateway.get(Organisations.PATH, token), response -> response.status() != 200);

            assertThat(Instant.now()).isAfter(expiresAt);
            JsonNode problem = assertProblem(refused, 401, "unauthenticated");
            assertThat(problem.get("detail").asText()).contains("expired");
        }
    }

    private static List<String> audiences(JsonNode claims) {
        List<String> audiences = new ArrayList<>();
        JsonNode aud = claims.path("aud");
        if (aud.isArray()) {
            aud.forEach(audience -> audiences.add(audience.asText()));
        } else if (aud.isTextual()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }
}
