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
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register of incoming documents through real HTTP with real signed tokens: receipt, answer, long-term control
 * and its count as of a day, corrections and withdrawals by admins, If-Match, and import lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class IncomingDocumentApiIT {

    private static final String DOCUMENTS = "/api/registry/incoming-documents";
    private static final String IMPORTS = "/api/registry/imports";
    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);
    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";

    private final TestJwtIssuer issuer = TestJwtIssuer.shared();

    @LocalServerPort
    private int port;

    private final ApiCalls api = new ApiCalls(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aReceivedDocumentIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = post(clerk(), DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-03-15\",\"sender\":\"Луганська ОДА\",\"subject\":\"Про відзначення\","
                + "\"registrationNumber\":\"01-17/117\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(DOCUMENTS + "/" + id));
        JsonNode document = awaitDocument(id, view -> true);
        assertThat(document.get("kind").asText()).isEqualTo("higher_directive");
        assertThat(document.get("receivedOn").asText()).isEqualTo("2021-03-15");
        assertThat(document.get("sender").asText()).isEqualTo("Луганська ОДА");
        assertThat(document.get("registrationNumber").asText()).isEqualTo("01-17/117");
        assertThat(document.get("status").asText()).isEqualTo("received");
        assertThat(document.get("onLongTermControl").asBoolean()).isFalse();
        assertThat(document.get("corrections").asInt()).isZero();
        assertThat(document.get("version").asLong()).isZero();
        assertThat(api.getAs(clerk(), DOCUMENTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();
        String request = document(id, "letter", "2021-03-15");

        assertThat(post(clerk(), DOCUMENTS, request).statusCode()).isEqualTo(201);
        HttpResponse<String> repeated = post(clerk(), DOCUMENTS, request);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(api.body(repeated).get("id").asText()).isEqualTo(id);

        api.assertProblem(post(clerk(), DOCUMENTS, document(id, "letter", "2021-03-16")), 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aHistoricalDocumentArrivesAnsweredAndOnControlSinceItsReceipt() throws Exception {
        String id = uniqueId();

        assertThat(post(clerk(), DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-03-15\",\"answeredOn\":\"2021-03-29\",\"longTermControl\":true}")
                .statusCode()).isEqualTo(201);

        JsonNode document = awaitDocument(id, view -> view.get("version").asLong() == 2);
        assertThat(document.get("status").asText()).isEqualTo("answered");
        assertThat(document.get("answeredOn").asText()).isEqualTo("2021-03-29");
        assertThat(document.get("onLongTermControl").asBoolean()).isTrue();
        assertThat(document.get("controlSince").asText()).isEqualTo("2021-03-15");
        assertThat(document.get("controlPeriods")).hasSize(1);
    }

    @Test
    void aClerkAnswersADocumentOnce() throws Exception {
        String id = receive("letter", "2021-03-15");

        assertThat(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-20\"}").statusCode())
                .isEqualTo(200);

        JsonNode answered = awaitDocument(id, view -> view.get("version").asLong() == 1);
        assertThat(answered.get("status").asText()).isEqualTo("answered");
        assertThat(answered.get("answeredOn").asText()).isEqualTo("2021-03-20");
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-21\"}"), 422,
                "already_answered", "answeredOn");
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{}"), 400, "validation_failed",
                "answeredOn");
    }

    @Test
    void controlPeriodsAreCountedAsOfADay() throws Exception {
        String council = uniqueCouncil();
        String clerk = issuer.tokenFor(council + "-clerk", council, "clerk");
        String first = receive(clerk, "higher_directive", "2021-03-15");
        String second = receive(clerk, "letter", "2021-05-01");

        assertThat(post(clerk, DOCUMENTS + "/" + first + "/long-term-control", "{\"since\":\"2021-03-20\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(clerk, DOCUMENTS + "/" + first + "/long-term-control/end", "{\"until\":\"2021-11-01\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(clerk, DOCUMENTS + "/" + second + "/long-term-control", "{\"since\":\"2021-06-01\"}")
                .statusCode()).isEqualTo(200);

        awaitCount(clerk, "", "2021-03-19", 0);
        awaitCount(clerk, "", "2021-03-20", 1);
        awaitCount(clerk, "", "2021-06-01", 2);
        awaitCount(clerk, "&kind=letter", "2021-06-01", 1);
        awaitCount(clerk, "", "2021-11-01", 1);
        JsonNode taken = awaitDocument(clerk, first, view -> view.get("version").asLong() == 2);
        assertThat(taken.get("onLongTermControl").asBoolean()).isFalse();
        assertThat(taken.get("controlPeriods").get(0).get("since").asText()).isEqualTo("2021-03-20");
        assertThat(taken.get("controlPeriods").get(0).get("until").asText()).isEqualTo("2021-11-01");
        api.assertProblem(post(clerk, DOCUMENTS + "/" + first + "/long-term-control/end",
                "{\"until\":\"2021-12-01\"}"), 422, "not_on_control", "until");
        api.assertProblem(post(clerk, DOCUMENTS + "/" + second + "/long-term-control",
                "{\"since\":\"2021-07-01\"}"), 422, "already_on_control", "since");
        JsonNode today = api.body(api.getAs(clerk, DOCUMENTS + "/long-term-control/count"));
        assertThat(today.get("count").asLong()).isEqualTo(1);
        assertThat(today.get("asOf").asText()).isNotBlank();
    }

    @Test
    void countsFollowCorrectionsAndWithdrawals() throws Exception {
        String council = uniqueCouncil();
        String clerk = issuer.tokenFor(council + "-clerk", council, "clerk");
        String admin = issuer.tokenFor(council + "-admin", council, "admin");
        String id = receive(clerk, "higher_directive", "2021-03-15");
        post(clerk, DOCUMENTS + "/" + id + "/long-term-control", "{\"since\":\"2021-04-01\"}");
        awaitCount(clerk, "", "2021-04-01", 1);

        assertThat(post(admin, DOCUMENTS + "/" + id + "/correction", correction("letter", "2021-03-10", null, false,
                "на контроль поставлено помилково")).statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-04-01", 0);
        assertThat(post(admin, DOCUMENTS + "/" + id + "/correction", correction("letter", "2021-03-10", null, true,
                "документ на контролі від надходження")).statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-03-09", 0);
        awaitCount(clerk, "&kind=letter", "2021-03-10", 1);
        JsonNode corrected = awaitDocument(clerk, id, view -> view.get("corrections").asInt() == 2);
        assertThat(corrected.get("controlSince").asText()).isEqualTo("2021-03-10");
        assertThat(corrected.get("kind").asText()).isEqualTo("letter");

        assertThat(post(admin, DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-12-31", 0);
        assertThat(awaitDocument(clerk, id, view -> view.get("status").asText().equals("withdrawn"))
                .get("version").asLong()).isEqualTo(4);
    }

    @Test
    void onlyAdminsCorrectOrWithdraw() throws Exception {
        String id = receive("letter", "2021-03-15");
        String correction = correction("public_info_request", "2021-03-15", null, false, "вид документа");

        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        api.assertProblem(post(admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\",\"reason\":\"без прапорця контролю\"}"), 400,
                "validation_failed", "longTermControl");
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitDocument(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("kind").asText()).isEqualTo("public_info_request");
        api.assertProblem(post(admin(), DOCUMENTS + "/" + id + "/correction", correction), 422,
                "nothing_to_correct");
    }

    @Test
    void aWithdrawnDocumentLeavesTheListStaysReadableAndRefusesChanges() throws Exception {
        String sender = "Відправник " + UUID.randomUUID();
        String id = uniqueId();
        post(clerk(), DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\","
                + "\"sender\":\"" + sender + "\"}");
        assertThat(post(admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"внесено двічі\"}")
                .statusCode()).isEqualTo(200);

        awaitDocument(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(api.body(get(DOCUMENTS + "?text=" + encode(sender))).get("total").asLong()).isZero();
        assertThat(api.body(get(DOCUMENTS + "?status=withdrawn&text=" + encode(sender))).get("total").asLong())
                .isEqualTo(1);
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-20\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void listsFilterByKindStatusReceiptDatesAndText() throws Exception {
        String marker = "Тема " + UUID.randomUUID();
        String letter = uniqueId();
        String directive = uniqueId();
        String older = uniqueId();
        post(clerk(), DOCUMENTS, "{\"id\":\"" + letter + "\",\"kind\":\"letter\",\"receivedOn\":\"2021-02-01\","
                + "\"subject\":\"" + marker + "\"}");
        post(clerk(), DOCUMENTS, "{\"id\":\"" + directive + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-02-02\",\"subject\":\"" + marker + "\",\"answeredOn\":\"2021-02-05\"}");
        post(clerk(), DOCUMENTS, "{\"id\":\"" + older + "\",\"kind\":\"letter\",\"receivedOn\":\"2020-12-31\","
                + "\"subject\":\"" + marker + "\"}");
        String text = "&text=" + encode(marker.toUpperCase());

        await().atMost(PROJECTION_DELAY).untilAsserted(() -> assertThat(ids("?size=100" + text))
                .containsExactly(older, letter, directive));
        assertThat(ids("?kind=letter" + text)).containsExactly(older, letter);
        assertThat(ids("?status=answered" + text)).containsExactly(directive);
        assertThat(ids("?status=received" + text)).containsExactly(older, letter);
        assertThat(ids("?from=2021-01-01&to=2021-02-01" + text)).containsExactly(letter);
        JsonNode page = api.body(get(DOCUMENTS + "?page=1&size=1" + text));
        assertThat(page.get("items").findValuesAsText("id")).containsExactly(letter);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        api.assertProblem(get(DOCUMENTS + "?kind=memo"), 400, "invalid_value", "kind");
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = receive("higher_directive", "2021-03-15");
        awaitDocument(id, view -> true);
        String etag = api.getAs(clerk(), DOCUMENTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");
        assertThat(post(clerk(), DOCUMENTS + "/" + id + "/long-term-control", "{\"since\":\"2021-03-20\"}",
                "If-Match", etag).statusCode()).isEqualTo(200);

        api.assertProblem(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-25\"}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
        assertThat(post(clerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-25\"}",
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(awaitDocument(id, view -> view.get("version").asLong() == 2).get("status").asText())
                .isEqualTo("answered");
    }

    @Test
    void anImpossibleDateIsNamedAndNothingIsStored() throws Exception {
        String id = uniqueId();

        api.assertProblem(post(clerk(), DOCUMENTS, document(id, "letter", "2021-06-31")), 400, "invalid_value",
                "receivedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("letter", "2021-06-01");
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + existing + "/long-term-control",
                "{\"since\":\"2021-06-31\"}"), 400, "invalid_value", "since");
    }

    @Test
    void reversedDatesAreNamed() throws Exception {
        String id = uniqueId();

        api.assertProblem(post(clerk(), DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"letter\","
                + "\"receivedOn\":\"2021-03-15\",\"answeredOn\":\"2021-03-14\"}"), 422, "dates_out_of_order",
                "answeredOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("letter", "2021-03-15");
        api.assertProblem(post(clerk(), DOCUMENTS + "/" + existing + "/long-term-control",
                "{\"since\":\"2021-03-14\"}"), 422, "dates_out_of_order", "since");
        api.assertProblem(get(DOCUMENTS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(post(clerk(), DOCUMENTS, "{}"));

        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "receivedOn");
    }

    @Test
    void anotherCouncilFindsNothingAndCannotChangeIt() throws Exception {
        String id = receive("letter", "2021-03-15");
        awaitDocument(id, view -> true);

        api.assertProblem(api.getAs(nizhynClerk(), DOCUMENTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.getAs(nizhynClerk(), DOCUMENTS + "/" + LYSYCHANSK + ":" + id), 404, "not_found", "id");
        api.assertProblem(post(nizhynClerk(), DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-20\"}"),
                404, "not_found", "id");
        assertThat(api.body(api.getAs(nizhynClerk(), DOCUMENTS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anAuditorReadsButCannotWrite() throws Exception {
        String auditor = issuer.tokenFor("lysychansk-auditor", LYSYCHANSK, "auditor");

        assertThat(api.getAs(auditor, DOCUMENTS).statusCode()).isEqualTo(200);
        api.assertProblem(post(auditor, DOCUMENTS, document(uniqueId(), "letter", "2021-03-15")), 403, "forbidden");
    }

    @Test
    void anImportRecordsItsGoodLinesAndNamesTheBadOnes() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String lines = "{\"type\":\"incoming-document\",\"id\":\"" + good + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-03-15\",\"answeredOn\":\"2021-03-29\",\"longTermControl\":true}\n"
                + "{\"type\":\"incoming-document\",\"id\":\"" + bad + "\",\"kind\":\"letter\","
                + "\"receivedOn\":\"2021-06-31\"}\n";

        HttpResponse<String> response = importLines(clerk(), lines);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = api.body(response);
        assertThat(result.get("accepted").asLong()).isEqualTo(1);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        JsonNode rejection = result.get("rejections").get(0);
        assertThat(rejection.get("line").asLong()).isEqualTo(2);
        assertThat(rejection.get("type").asText()).isEqualTo("incoming-document");
        assertThat(rejection.get("id").asText()).isEqualTo(bad);
        assertThat(rejection.get("code").asText()).isEqualTo("invalid_value");
        assertThat(rejection.get("field").asText()).isEqualTo("receivedOn");
        assertThat(rejection.get("reason").asText()).isNotBlank();
        JsonNode imported = awaitDocument(good, view -> view.get("version").asLong() == 2);
        assertThat(imported.get("status").asText()).isEqualTo("answered");
        assertThat(imported.get("onLongTermControl").asBoolean()).isTrue();
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();

        JsonNode again = api.body(importLines(clerk(), lines));
        assertThat(again.get("alreadyRecorded").asLong()).isEqualTo(1);
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + good).asStream().count()).isEqualTo(3);
    }

    private String receive(String kind, String receivedOn) throws Exception {
        return receive(clerk(), kind, receivedOn);
    }

    private String receive(String token, String kind, String receivedOn) throws Exception {
        String id = uniqueId();
        HttpResponse<String> response = post(token, DOCUMENTS, document(id, kind, receivedOn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String document(String id, String kind, String receivedOn) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"receivedOn\":\"" + receivedOn + "\"}";
    }

    private static String correction(String kind, String receivedOn, String answeredOn, boolean onControl,
                                     String reason) {
        return "{\"kind\":\"" + kind + "\",\"receivedOn\":\"" + receivedOn + "\""
                + (answeredOn == null ? "" : ",\"answeredOn\":\"" + answeredOn + "\"")
                + ",\"longTermControl\":" + onControl + ",\"reason\":\"" + reason + "\"}";
    }

    private long count(String token, String kind, String asOf) throws Exception {
        HttpResponse<String> response = api.getAs(token, DOCUMENTS + "/long-term-control/count?asOf=" + asOf + kind);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response).get("count").asLong();
    }

    private void awaitCount(String token, String kind, String asOf, long expected) {
        await().atMost(PROJECTION_DELAY).untilAsserted(() -> assertThat(count(token, kind, asOf))
                .as("as of " + asOf + kind).isEqualTo(expected));
    }

    private java.util.List<String> ids(String query) throws Exception {
        HttpResponse<String> response = get(DOCUMENTS + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response).get("items").findValuesAsText("id");
    }

    private JsonNode awaitDocument(String id, Predicate<JsonNode> condition) {
        return awaitDocument(clerk(), id, condition);
    }

    private JsonNode awaitDocument(String token, String id, Predicate<JsonNode> condition) {
        return await().atMost(PROJECTION_DELAY).until(() -> {
            HttpResponse<String> response = api.getAs(token, DOCUMENTS + "/" + id);
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
        return "in-" + UUID.randomUUID();
    }

    /** A council of its own, so that counts see only what the test recorded. */
    private static String uniqueCouncil() {
        return "ctl-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Minted per request: the issuer's tokens live five minutes, longer than any test but not than every run. */
    private String clerk() {
        return issuer.tokenFor("lysychansk-clerk", LYSYCHANSK, "clerk");
    }

    private String admin() {
        return issuer.tokenFor("lysychansk-admin", LYSYCHANSK, "admin");
    }

    private String nizhynClerk() {
        return issuer.tokenFor("nizhyn-clerk", NIZHYN, "clerk");
    }
}
