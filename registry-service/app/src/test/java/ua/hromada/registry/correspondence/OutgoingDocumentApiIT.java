package ua.hromada.registry.correspondence;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register of outgoing documents through real HTTP with real signed tokens: registration, lists, corrections
 * and withdrawals by admins, If-Match, and import lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class OutgoingDocumentApiIT {

    private static final String DOCUMENTS = "/api/registry/outgoing-documents";
    private static final String IMPORTS = "/api/registry/imports";
    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);
    private static final String LYSYCHANSK = "lysychansk";

    private final TestJwtIssuer issuer = TestJwtIssuer.shared();

    @LocalServerPort
    private int port;

    private final ApiCalls api = new ApiCalls(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aSentDocumentIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = post(clerk(), DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"external\","
                + "\"sentOn\":\"2021-04-02\",\"recipient\":\"Луганська ОДА\",\"subject\":\"Про виконання\","
                + "\"registrationNumber\":\"02-11/342\",\"inReplyTo\":\"in-117\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(DOCUMENTS + "/" + id));
        JsonNode document = awaitDocument(id, view -> true);
        assertThat(document.get("kind").asText()).isEqualTo("external");
        assertThat(document.get("sentOn").asText()).isEqualTo("2021-04-02");
        assertThat(document.get("recipient").asText()).isEqualTo("Луганська ОДА");
        assertThat(document.get("inReplyTo").asText()).isEqualTo("in-117");
        assertThat(document.get("status").asText()).isEqualTo("sent");
        assertThat(document.get("corrections").asInt()).isZero();
        assertThat(api.getAs(clerk(), DOCUMENTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();

        assertThat(post(clerk(), DOCUMENTS, document(id, "internal", "2021-04-02")).statusCode()).isEqualTo(201);
        assertThat(post(clerk(), DOCUMENTS, document(id, "internal", "2021-04-02")).statusCode()).isEqualTo(200);
        api.assertProblem(post(clerk(), DOCUMENTS, document(id, "external", "2021-04-02")), 409, "id_conflict",
                "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyMakesARetryWithoutIdHarmless() throws Exception {
        String request = "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(clerk(), DOCUMENTS, request, "Idempotency-Key", key);
        HttpResponse<String> retry = post(clerk(), DOCUMENTS, request, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(api.body(retry).get("id")).isEqualTo(api.body(first).get("id"));
    }

    @Test
    void listsFilterByKindSendingDatesAndText() throws Exception {
        String marker = "Адресат " + UUID.randomUUID();
        String external = uniqueId();
        String internal = uniqueId();
        String older = uniqueId();
        post(clerk(), DOCUMENTS, withRecipient(external, "external", "2021-02-02", marker));
        post(clerk(), DOCUMENTS, withRecipient(internal, "internal", "2021-02-01", marker));
        post(clerk(), DOCUMENTS, withRecipient(older, "external", "2020-12-31", marker));
        String text = "&text=" + encode(marker.toLowerCase());

        await().atMost(PROJECTION_DELAY).untilAsserted(() -> assertThat(ids("?size=100" + text))
                .containsExactly(older, internal, external));
        assertThat(ids("?kind=external" + text)).containsExactly(older, external);
        assertThat(ids("?status=sent&from=2021-01-01&to=2021-02-01" + text)).containsExactly(internal);
        api.assertProblem(get(DOCUMENTS + "?kind=memo"), 400, "invalid_value", "kind");
        api.assertProblem(get(DOCUMENTS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void onlyAdminsCorrect() throws Exception {
        String id = send("external", "2021-04-02");
        String correction = "{\"kind\":\"internal\",\"sentOn\":\"2021-04-01\",\"recipient\":\"Відділ освіти\","
                + "\"reason\":\"адресат і дата\"}";

        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(post(admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-01\"}"), 400, "validation_failed", "reason");
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitDocument(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("kind").asText()).isEqualTo("internal");
        assertThat(corrected.get("sentOn").asText()).isEqualTo("2021-04-01");
        assertThat(corrected.get("recipient").asText()).isEqualTo("Відділ освіти");
        assertThat(corrected.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void onlyAdminsWithdrawAndAWithdrawnDocumentLeavesTheListAndRefusesCorrections() throws Exception {
        String marker = "Адресат " + UUID.randomUUID();
        String id = uniqueId();
        post(clerk(), DOCUMENTS, withRecipient(id, "external", "2021-04-02", marker));

        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);

        awaitDocument(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("?text=" + encode(marker))).isEmpty();
        assertThat(ids("?status=withdrawn&text=" + encode(marker))).containsExactly(id);
        api.assertProblem(post(admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\",\"reason\":\"вид\"}"), 422, "record_withdrawn");
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"ще раз\"}").statusCode())
                .as("a repeated withdrawal changes nothing").isEqualTo(200);
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = send("external", "2021-04-02");
        awaitDocument(id, view -> true);
        String etag = api.getAs(clerk(), DOCUMENTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\",\"reason\":\"вид\"}", "If-Match", etag)
                .statusCode()).isEqualTo(200);

        api.assertProblem(post(admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"external\",\"sentOn\":\"2021-04-03\",\"reason\":\"дата\"}", "If-Match", etag), 409,
                "version_conflict", "If-Match");
        assertThat(awaitDocument(id, view -> view.get("version").asLong() == 1).get("kind").asText())
                .isEqualTo("internal");
    }

    @Test
    void anImpossibleOrFutureDateIsNamedAndNothingIsStored() throws Exception {
        String impossible = uniqueId();
        String future = uniqueId();

        api.assertProblem(post(clerk(), DOCUMENTS, document(impossible, "internal", "2021-06-31")), 400,
                "invalid_value", "sentOn");
        api.assertProblem(post(clerk(), DOCUMENTS, document(future, "internal", "2999-01-01")), 422,
                "date_in_future", "sentOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + impossible).asStream().count()).isZero();
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + future).asStream().count()).isZero();
    }

    @Test
    void missingRequiredFieldsAndUnknownFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(post(clerk(), DOCUMENTS, "{}"));
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "sentOn");

        api.assertProblem(post(clerk(), DOCUMENTS, "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\","
                + "\"recipeint\":\"x\"}"), 400, "unknown_field", "recipeint");
    }

    @Test
    void anotherCouncilFindsNothing() throws Exception {
        String id = send("external", "2021-04-02");
        awaitDocument(id, view -> true);
        String nizhyn = issuer.tokenFor("nizhyn-admin", "nizhyn", "admin");

        api.assertProblem(api.getAs(nizhyn, DOCUMENTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(post(nizhyn, DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"чуже\"}"), 404,
                "not_found", "id");
        assertThat(api.body(api.getAs(nizhyn, DOCUMENTS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anImportRecordsItsGoodLinesAndNamesTheBadOnes() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String lines = "{\"type\":\"outgoing-document\",\"id\":\"" + good + "\",\"kind\":\"external\","
                + "\"sentOn\":\"2021-04-02\",\"recipient\":\"Луганська ОДА\"}\n"
                + "{\"type\":\"outgoing-document\",\"id\":\"" + bad + "\",\"sentOn\":\"2021-04-02\"}\n";

        HttpResponse<String> response = importLines(clerk(), lines);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = api.body(response);
        assertThat(result.get("accepted").asLong()).isEqualTo(1);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        JsonNode rejection = result.get("rejections").get(0);
        assertThat(rejection.get("line").asLong()).isEqualTo(2);
        assertThat(rejection.get("type").asText()).isEqualTo("outgoing-document");
        assertThat(rejection.get("id").asText()).isEqualTo(bad);
        assertThat(rejection.get("code").asText()).isEqualTo("required");
        assertThat(rejection.get("field").asText()).isEqualTo("kind");
        assertThat(rejection.get("reason").asText()).isNotBlank();
        assertThat(awaitDocument(good, view -> true).get("recipient").asText()).isEqualTo("Луганська ОДА");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();
    }

    private String send(String kind, String sentOn) throws Exception {
        String id = uniqueId();
        HttpResponse<String> response = post(clerk(), DOCUMENTS, document(id, kind, sentOn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String document(String id, String kind, String sentOn) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"sentOn\":\"" + sentOn + "\"}";
    }

    private static String withRecipient(String id, String kind, String sentOn, String recipient) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"sentOn\":\"" + sentOn + "\",\"recipient\":\""
                + recipient + "\"}";
    }

    private List<String> ids(String query) throws Exception {
        HttpResponse<String> response = get(DOCUMENTS + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response).get("items").findValuesAsText("id");
    }

    private JsonNode awaitDocument(String id, Predicate<JsonNode> condition) {
        return await().atMost(PROJECTION_DELAY).until(() -> {
            HttpResponse<String> response = api.getAs(clerk(), DOCUMENTS + "/" + id);
            return response.statusCode() == 200 ? api.body(response) : null;
        }, view -> view != null && condition.test(view));
    }

    private HttpResponse<String> importLines(String token, String ndjson) throws IOException, InterruptedException {
        return api.send(ApiCalls.withToken(token, HttpRequest.newBuilder(api.uri(IMPORTS)))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build());
    }

    /** A POST with extra headers as name, value pairs, e.g. {@code "If-Match", "\"3\""}. */
    private HttpResponse<String> post(String token, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = ApiCalls.withToken(token, HttpRequest.newBuilder(api.uri(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api.getAs(clerk(), path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String uniqueId() {
        return "out-" + UUID.randomUUID();
    }

    /** Minted per request: the issuer's tokens live five minutes, longer than any test but not than every run. */
    private String clerk() {
        return issuer.tokenFor("lysychansk-clerk", LYSYCHANSK, "clerk");
    }

    private String admin() {
        return issuer.tokenFor("lysychansk-admin", LYSYCHANSK, "admin");
    }
}
