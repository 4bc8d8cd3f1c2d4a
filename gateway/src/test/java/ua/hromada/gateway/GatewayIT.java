package ua.hromada.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@WithTestJwtIssuer
class GatewayIT {

    private static final String ORGANISATIONS_JSON =
            "[{\"id\":\"2f1c7a9e-5b7d-4c1e-9a51-3c2b8f0d6e11\",\"name\":\"ГО «Світанок»\"}]";

    private static final List<String> stubRequests = new CopyOnWriteArrayList<>();
    private static final HttpServer stubBackend = startStubBackend();
    private static final String CLERK_TOKEN =
            TestJwtIssuer.shared().tokenFor("lysychansk-clerk", "lysychansk", "clerk");

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String stub = "http://127.0.0.1:" + stubBackend.getAddress().getPort();
        registry.add("hromada.services.registry-uri", () -> stub);
        registry.add("hromada.services.reporting-uri", () -> stub);
        registry.add("hromada.services.events-uri", () -> "http://127.0.0.1:" + closedPort());
    }

    @AfterAll
    static void stopStubBackend() {
        stubBackend.stop(0);
    }

    @BeforeEach
    void withinFiveSeconds() {
        stubRequests.clear();
        client = client.mutate().responseTimeout(Duration.ofSeconds(5))
                .defaultHeaders(headers -> headers.setBearerAuth(CLERK_TOKEN))
                .build();
    }

    @Test
    void proxiesRegistryRequestsWithTheBackendsStatusAndBody() {
        client.get().uri("/api/registry/organisations?kind=ngo").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).isEqualTo(ORGANISATIONS_JSON);

        assertThat(stubRequests).containsExactly("GET /api/registry/organisations?kind=ngo");
    }

    @Test
    void passesBackendErrorsThroughInsteadOfReportingAnOutage() {
        client.get().uri("/api/registry/organisations/unknown").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void routesReportsAndAuditToTheReportingService() {
        client.get().uri("/api/audit/chain/verify").exchange().expectStatus().isNotFound();
        client.get().uri("/api/reports/activity?period=2021").exchange().expectStatus().isNotFound();

        assertThat(stubRequests).containsExactly(
                "GET /api/audit/chain/verify", "GET /api/reports/activity?period=2021");
    }

    @Test
    void waitsForAnAnswerSlowerThanTheCircuitBreakersDefaultOneSecond() {
        client.get().uri("/api/registry/slow").exchange()
                .expectStatus().isOk();
    }

    @Test
    void answersProblemJsonWhenAServiceCannotBeReached() {
        long started = System.nanoTime();

        client.post().uri("/api/events/public-events")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"День міста\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").exists()
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.code").isEqualTo("service_unavailable")
                .jsonPath("$.detail").isEqualTo("events-service is not available")
                .jsonPath("$.instance").isEqualTo("/api/events/public-events");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void fallbackIsNotAnEndpointOfItsOwn() {
        client.get().uri("/fallback/registry-service").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void answersHealthAndPrometheusWithoutToken() {
        client = client.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
    }

    private static HttpServer startStubBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", GatewayIT::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().toString();
        stubRequests.add(exchange.getRequestMethod() + " " + target);
        switch (exchange.getRequestURI().getPath()) {
            case "/api/registry/organisations" -> respond(exchange, 200, ORGANISATIONS_JSON);
            case "/api/registry/slow" -> {
                sleep(Duration.ofMillis(1500));
                respond(exchange, 200, "{}");
            }
            default -> respond(exchange, 404, "{\"status\":404}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
