package ua.hromada.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import ua.hromada.testing.jwt.TestJwtIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway while Keycloak is not (yet) up: it starts, reports healthy, and answers what needs Keycloak with
 * 503 problem+json, not 401 (the caller did nothing wrong) and not 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakUnavailableIT {

    private static final int KEYCLOAK_PORT = closedPort();


    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void keycloakNotRunning(DynamicPropertyRegistry properties) {
        properties.add("hromada.security.issuer-uri", () -> "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/hromada");
    }

    @BeforeEach
    void withinFiveSeconds() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void startsAndReportsHealthy() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void answers503ForABearerTokenItCannotCheck() {
        // well formed and signed, but the gateway cannot fetch the keys to check the signature
        String token = TestJwtIssuer.shared().tokenFor("lysychansk-clerk", "lysychansk", "clerk");

        client.get().uri("/api/registry/organisations").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("identity_provider_unavailable");
    }

    @Test
    void stillAnswers401WithoutToken() {
        client.get().uri("/api/registry/organisations").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    @Test
    void answers503ForALoginItCannotStart() {
        client.get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("identity_provider_unavailable");
    }

    @Test
    void sendsVisitorsToTheLoginAnyway() {
        client.get().uri("/").exchange()
                .expectStatus().isFound()
                .expectHeader().value("Location",
                        location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
