package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import ua.hromada.acceptance.GatewayClient.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The error contract every refusal keeps: {@code application/problem+json} with a stable {@code code}. */
final class ApiAssertions {

    private ApiAssertions() {
    }

    /** A refusal as problem+json, never a redirect (to a login page or anywhere else). */
    static JsonNode assertProblem(ApiResponse response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.location()).as("Location of %s", response).isEmpty();
        assertThat(response.contentType()).as("content type of %s", response)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as("status in %s", response).isEqualTo(status);
        assertThat(problem.path("code").asText()).as("code in %s", response).isEqualTo(code);
        return problem;
    }
}
