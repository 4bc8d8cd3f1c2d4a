package ua.hromada.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripts and services calling the API with a bearer token of the realm, through real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@WithTestJwtIssuer
class BearerTokenIT {

    private static final int MAX_REQUEST_BYTES = 4096;
    private static final int MAX_IMPORT_BYTES = 4 * MAX_REQUEST_BYTES;

    private static final TestJwtIssuer realm = TestJwtIssuer.shared();
    private static final StubBackend registry = new StubBackend();

    @Autowired
    private WebTestClient client;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry properties) {
        properties.add("hromada.security.max-request-size", () -> MAX_REQUEST_BYTES + "B");
        properties.add("hromada.security.max-import-size", () -> MAX_IMPORT_BYTES + "B");
        properties.add("hromada.services.registry-uri", registry::uri);
        properties.add("hromada.services.events-uri", () -> "http://127.0.0.1:" + closedPort());
    }

    @AfterAll
    static void stopStub() {
        registry.close();
    }

    @BeforeEach
    void withinFiveSeconds() {
        registry.received().clear();
        client = client.mutate().responseTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void passesAValidTokenOnUnchanged() {
        String token = clerkToken();

        client.get().uri("/api/registry/organisations?kind=ngo").headers(bearer(token)).exchange()
                .expectStatus().isOk();

        assertThat(registry.received()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("/api/registry/organisations?kind=ngo");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void tellsServicesTheAddressTheClientReachedNotOneTheClientChose() {
        client.get().uri("/api/registry/organisations").headers(bearer(clerkToken()))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "8443").header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "host=evil.example;proto=https").exchange()
                .expectStatus().isOk();

        assertThat(registry.received()).singleElement().satisfies(request -> {
            assertThat(request.header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
            assertThat(request.header("X-Forwarded-Proto")).isEqualTo("http");
            assertThat(request.header("X-Forwarded-Port")).isEqualTo(String.valueOf(port));
            assertThat(request.header("X-Forwarded-Prefix")).isNull();
            assertThat(request.header("Forwarded")).isNull();
        });
    }

    @Test
    void doesNotPassCookiesOnToServices() {
        client.get().uri("/api/registry/organisations").headers(bearer(clerkToken()))
                .cookie("SESSION", "someone-elses").exchange()
                .expectStatus().isOk();

        assertThat(registry.received()).singleElement()
                .satisfies(request -> assertThat(request.header("Cookie")).isNull());
    }

    @Test
    void answers401WithoutToken() {
        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .accept(MediaType.TEXT_HTML).exchange());
        expectUnauthenticated(client.post().uri("/api/registry/organisations")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange());
    }

    @Test
    void answers401ForAnExpiredToken() {
        String expired = clerk().expired().sign();

        expectUnauthenticated(client.get().uri("/api/registry/organisations").headers(bearer(expired)).exchange())
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("expired"));
    }

    @Test
    void answers401ForATokenSignedByAnotherKey() {
        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .headers(bearer(clerk().signedByForeignKey().sign())).exchange());
    }

    @Test
    void answers401ForATokenWhoseSignatureDoesNotCoverItsClaims() {
        String[] parts = clerkToken().split("\\.");
        String otherClaims = realm.tokenFor("lysychansk-admin", "lysychansk", "admin").split("\\.")[1];

        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .headers(bearer(parts[0] + "." + otherClaims + "." + parts[2])).exchange());
    }

    @Test
    void answers401ForATokenForAnotherAudience() {
        String forAccountConsole = clerk().audience("account").sign();

        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .headers(bearer(forAccountConsole)).exchange())
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("aud"));
    }

    @Test
    void answers401ForATokenOfAnotherIssuer() {
        String otherRealm = clerk().issuer(realm.issuerUri().replace("/realms/hromada", "/realms/master")).sign();

        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .headers(bearer(otherRealm)).exchange());
    }

    @Test
    void answers401ForSomethingThatIsNoToken() {
        expectUnauthenticated(client.get().uri("/api/registry/organisations")
                .headers(bearer("not-a-jwt")).exchange());
    }

    @Test
    void answers403ForATokenWithoutTenant() {
        client.get().uri("/api/registry/organisations").headers(bearer(realm.tokenFor("drifter", null, "clerk")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.code").isEqualTo("tenant_missing");

        assertThat(registry.received()).isEmpty();
    }

    @Test
    void letsAPlatformAdminWithoutTenantOnboardCouncils() {
        String token = platformAdminToken();

        client.post().uri("/api/tenants").headers(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"tenant\":\"nizhyn\"}").exchange()
                .expectStatus().isOk();

        assertThat(registry.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.target()).isEqualTo("/api/tenants");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void keepsAPlatformAdminWithoutTenantOutOfCouncilRecords() {
        client.get().uri("/api/registry/organisations").headers(bearer(platformAdminToken()))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("tenant_missing");
    }

    @Test
    void needsNoCsrfTokenForWritesWithABearerToken() {
        client.post().uri("/api/registry/organisations").headers(bearer(clerkToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"kind\":\"ngo\"}").exchange()
                .expectStatus().isOk();
    }

    @Test
    void answersProblemJsonWithinFiveSecondsWhenAServiceIsDown() {
        long started = System.nanoTime();

        client.post().uri("/api/events/public-events").headers(bearer(clerkToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"День міста\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("service_unavailable");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesADeclaredOversizeBodyBeforeItReachesTheService() {
        client.post().uri("/api/registry/organisations").headers(bearer(clerkToken()))
                .contentType(MediaType.APPLICATION_NDJSON).bodyValue(new byte[MAX_REQUEST_BYTES + 1]).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.code").isEqualTo("payload_too_large");

        assertThat(registry.received()).isEmpty();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        client.post().uri("/api/registry/organisations").headers(bearer(clerkToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_REQUEST_BYTES]).exchange()
                .expectStatus().isOk();

        assertThat(registry.received()).singleElement()
                .satisfies(request -> assertThat(request.bodyBytes()).isEqualTo(MAX_REQUEST_BYTES));
    }

    @Test
    void anImportMayBeLargerThanOtherRequestsUpToItsOwnLimitAndIsStreamed() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/imports"))
                .header("Authorization", "Bearer " + clerkToken())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[MAX_IMPORT_BYTES])))
                .timeout(Duration.ofSeconds(10))
                .build();

        assertThat(HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(registry.received()).last()
                .satisfies(request -> assertThat(request.bodyBytes()).isEqualTo(MAX_IMPORT_BYTES));

        client.post().uri("/api/registry/imports").headers(bearer(clerkToken()))
                .contentType(MediaType.APPLICATION_NDJSON).bodyValue(new byte[MAX_IMPORT_BYTES + 1]).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void refusesAChunkedBodyOnceItOutgrowsTheLimit() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/registry/organisations"))
                .header("Authorization", "Bearer " + clerkToken())
                .header("Content-Type", "application/x-ndjson")
                // an InputStream has no known length, so the client sends it chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[MAX_REQUEST_BYTES * 4])))
                .timeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void setsSecurityHeadersOnApiAnswers() {
        client.get().uri("/api/registry/organisations").headers(bearer(clerkToken())).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                // plain HTTP: pinning browsers to HTTPS is for deployments behind TLS
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void leavesProbesAndMetricsScrapingOpen() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void keepsOtherActuatorEndpointsForPlatformAdmins() {
        client.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/metrics").headers(bearer(clerkToken())).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        client.get().uri("/actuator/metrics").headers(bearer(platformAdminToken())).exchange()
                .expectStatus().isOk();
    }

    private static TestJwtIssuer.Token clerk() {
        return realm.token().user("lysychansk-clerk").tenant("lysychansk").roles("clerk");
    }

    private static String clerkToken() {
        return clerk().sign();
    }

    /** The platform admin belongs to no council. */
    private static String platformAdminToken() {
        return realm.tokenFor("platform-admin", null, "platform-admin");
    }

    private static WebTestClient.BodyContentSpec expectUnauthenticated(WebTestClient.ResponseSpec response) {
        return response
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
