package ua.hromada.testing.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP calls to a service under test, as a council's system would make them, and the checks every API
 * test repeats on a problem+json answer. The port is asked for lazily: Spring injects it after construction.
 */
public final class ApiCalls {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final IntSupplier port;

    public ApiCalls(IntSupplier port) {
        this.port = port;
    }

    /** @param token the bearer token, or {@code null} for none */
    public HttpResponse<String> getAs(String token, String path) throws IOException, InterruptedException {
        return send(withToken(token, HttpRequest.newBuilder(uri(path))).header("Accept", "application/json").GET()
                .build());
    }

    /** @param token the bearer token, or {@code null} for none */
    public HttpResponse<String> postAs(String token, String path, String body) throws IOException, InterruptedException {
        return send(withToken(token, HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A POST with extra headers given as name, value pairs, e.g. {@code "If-Match", "\"3\""}.
     *
     * @param token the bearer token, or {@code null} for none
     */
    public HttpResponse<String> postAs(String token, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = withToken(token, HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Sends NDJSON lines to an import endpoint, e.g. {@code /api/registry/imports}. */
    public HttpResponse<String> importAs(String token, String path, String ndjson)
            throws IOException, InterruptedException {
        return send(withToken(token, HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(ndjson)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port.getAsInt() + path);
    }

    public JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** A problem+json answer with this status and code, whose errors name {@code field}. */
    public void assertProblem(HttpResponse<String> response, int status, String code, String field) throws IOException {
        assertProblem(response, status, code);
        assertThat(body(response).get("errors").findValuesAsText("field")).contains(field);
    }

    /** A problem+json answer with this status and code and a human-readable detail. */
    public void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    /** Adds the bearer token to a request being built; {@code null} sends none. */
    public static HttpRequest.Builder withToken(String token, HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
