package ua.hromada.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Hromada service promises operators and integrators, checked through real HTTP: it is healthy with
 * its event store, it publishes Prometheus metrics, and it publishes its OpenAPI description under its API
 * prefix, where the gateway routes it, all without a token; its API itself answers nobody without one. A
 * service's {@code *IT} extends this and names its prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@AutoConfigureObservability
public abstract class ServiceBasicsContract {

    @Autowired
    protected TestRestTemplate http;

    /** The service's path prefix behind the gateway, such as {@code /api/events}. */
    protected abstract String apiPrefix();

    @Test
    void reportsHealthyWithItsEventStore() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void publishesPrometheusMetrics() {
        ResponseEntity<String> metrics = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void publishesItsOpenApiDescriptionUnderItsPrefix() {
        ResponseEntity<JsonNode> openApi = http.getForEntity(apiPrefix() + "/v3/api-docs", JsonNode.class);

        assertThat(openApi.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(openApi.getBody().path("openapi").asText()).startsWith("3.");
    }

    @Test
    void refusesItsApiWithoutAToken() {
        ResponseEntity<JsonNode> refused = http.getForEntity(apiPrefix() + "/anything", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.getBody().path("code").asText()).isEqualTo("unauthenticated");
    }
}
