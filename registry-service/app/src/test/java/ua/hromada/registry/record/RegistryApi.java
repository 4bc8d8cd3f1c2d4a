package ua.hromada.registry.record;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every register's API test does the same way, over {@link ApiCalls}: tokens of {@link TestJwtIssuer#shared()}
 * for the councils the tests use, records created and then awaited in the read model (which follows the event store
 * shortly after a write), lists, counts and imports. Calls without a token argument are made as a clerk of
 * Lysychansk.
 */
public final class RegistryApi {

    public static final String IMPORTS = "/api/registry/imports";
    public static final String LYSYCHANSK = "lysychansk";
    public static final String NIZHYN = "nizhyn";
    /** How long a read model may take to show a write. */
    public static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);

    private final TestJwtIssuer issuer = TestJwtIssuer.shared();
    private final ApiCalls calls;

    /** @param port the service's port, asked for lazily: Spring injects it after the test is constructed */
    public RegistryApi(IntSupplier port) {
        this.calls = new ApiCalls(port);
    }

    /** The plain calls, for requests this class has no shorthand for. */
    public ApiCalls calls() {
        return calls;
    }

    /** The issuer, for tokens of other users, councils or kinds. */
    public TestJwtIssuer issuer() {
        return issuer;
    }

    /* Tokens are minted per request: the issuer's tokens live five minutes, longer than any test but not than
       every run. */

    public String clerk() {
        return issuer.tokenFor("lysychansk-clerk", LYSYCHANSK, "clerk");
    }

    public String admin() {
        return issuer.tokenFor("lysychansk-admin", LYSYCHANSK, "admin");
    }

    public String auditor() {
        return issuer.tokenFor("lysychansk-auditor", LYSYCHANSK, "auditor");
    }

    public String nizhynClerk() {
        return issuer.tokenFor("nizhyn-clerk", NIZHYN, "clerk");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return calls.getAs(clerk(), path);
    }

    /** @param token the bearer token, or {@code null} for none */
    public HttpResponse<String> getAs(String token, String path) throws IOException, InterruptedException {
        return calls.getAs(token, path);
    }

    /** @param headers extra headers as name, value pairs, e.g. {@code "If-Match", "\"3\""} */
    public HttpResponse<String> post(String path, String body, String... headers)
            throws IOException, InterruptedException {
        return calls.postAs(clerk(), path, body, headers);
    }

    /**
     * @param token   the bearer token, or {@code null} for none
     * @param headers extra headers as name, value pairs, e.g. {@code "If-Match", "\"3\""}
     */
    public HttpResponse<String> postAs(String token, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return calls.postAs(token, path, body, headers);
    }

    /** Sends NDJSON lines to {@value #IMPORTS}. */
    public HttpResponse<String> importAs(String token, String ndjson) throws IOException, InterruptedException {
        return calls.importAs(token, IMPORTS, ndjson);
    }

    public JsonNode body(HttpResponse<String> response) throws IOException {
        return calls.body(response);
    }

    /** A problem+json answer with this status and code, whose errors name {@code field}. */
    public void assertProblem(HttpResponse<String> response, int status, String code, String field)
            throws IOException {
        calls.assertProblem(response, status, code, field);
    }

    /** A problem+json answer with this status and code and a human-readable detail. */
    public void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        calls.assertProblem(response, status, code);
    }

    /** Creates a record as a clerk; the answer must be 201. Returns the record's id as the answer names it. */
    public String create(String path, String body) throws IOException, InterruptedException {
        return createAs(clerk(), path, body);
    }

    /** Creates a record; the answer must be 201. Returns the record's id as the answer names it. */
    public String createAs(String token, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = calls.postAs(token, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("id").asText();
    }

    /** The record at {@code path} as a clerk reads it, once the read model shows what {@code condition} expects. */
    public JsonNode await(String path, Predicate<JsonNode> condition) {
        return awaitAs(clerk(), path, condition);
    }

    /** The record at {@code path} as {@code token} reads it, once the read model shows {@code condition}. */
    public JsonNode awaitAs(String token, String path, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(PROJECTION_DELAY).until(() -> {
            HttpResponse<String> response = calls.getAs(token, path);
            return response.statusCode() == 200 ? body(response) : null;
        }, view -> view != null && condition.test(view));
    }

    /** Repeats the assertion until it holds or the read model has had {@link #PROJECTION_DELAY} to catch up. */
    public void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(PROJECTION_DELAY).untilAsserted(assertion);
    }

    /** The ids of a list's items, in order, as a clerk reads the list; the answer must be 200. */
    public List<String> ids(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(body(response).get("items").spliterator(), false)
                .map(item -> item.get("id").asText()).toList();
    }

    /** The {@code count} of a count endpoint as {@code token} reads it; the answer must be 200. */
    public long countAs(String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = calls.getAs(token, pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).get("count").asLong();
    }

    /** The result of an import, which must have answered 200, accepting and rejecting so many lines. */
    public JsonNode assertImported(HttpResponse<String> response, long accepted, long rejected) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(result.get("accepted").asLong()).isEqualTo(accepted);
        assertThat(result.get("rejected").asLong()).isEqualTo(rejected);
        return result;
    }

    /** One rejected line of an import result: where it was, what it named and why, with a reason for people. */
    public static void assertRejection(JsonNode rejection, long line, String type, String id, String code,
                                       String field) {
        assertThat(rejection.get("line").asLong()).isEqualTo(line);
        assertThat(rejection.get("type").asText()).isEqualTo(type);
        assertThat(rejection.get("id").asText()).isEqualTo(id);
        assertThat(rejection.get("code").asText()).isEqualTo(code);
        assertThat(rejection.get("field").asText()).isEqualTo(field);
        assertThat(rejection.get("reason").asText()).isNotBlank();
    }

    /** A fresh client id, e.g. {@code act-0b7e…}, so that tests sharing a council never collide. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Text for a query parameter. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
