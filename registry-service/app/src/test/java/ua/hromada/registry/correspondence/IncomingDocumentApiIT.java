package ua.hromada.registry.correspondence;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryApi.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryApi.assertRejection;
import static ua.hromada.registry.record.RegistryApi.encode;

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

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aReceivedDocumentIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"higher_directive\","
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
        assertThat(api.get(DOCUMENTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();
        String request = document(id, "letter", "2021-03-15");

        assertThat(api.post(DOCUMENTS, request).statusCode()).isEqualTo(201);
        HttpResponse<String> repeated = api.post(DOCUMENTS, request);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(api.body(repeated).get("id").asText()).isEqualTo(id);

        api.assertProblem(api.post(DOCUMENTS, document(id, "letter", "2021-03-16")), 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aHistoricalDocumentArrivesAnsweredAndOnControlSinceItsReceipt() throws Exception {
        String id = uniqueId();

        assertThat(api.post(DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"higher_directive\","
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

        assertThat(api.post(DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-20\"}").statusCode())
                .isEqualTo(200);

        JsonNode answered = awaitDocument(id, view -> view.get("version").asLong() == 1);
        assertThat(answered.get("status").asText()).isEqualTo("answered");
        assertThat(answered.get("answeredOn").asText()).isEqualTo("2021-03-20");
        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-21\"}"), 422,
                "already_answered", "answeredOn");
        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/answer", "{}"), 400, "validation_failed",
                "answeredOn");
    }

    @Test
    void controlPeriodsAreCountedAsOfADay() throws Exception {
        String council = uniqueCouncil();
        String clerk = api.issuer().tokenFor(council + "-clerk", council, "clerk");
        String first = receive(clerk, "higher_directive", "2021-03-15");
        String second = receive(clerk, "letter", "2021-05-01");

        assertThat(api.postAs(clerk, DOCUMENTS + "/" + first + "/long-term-control", "{\"since\":\"2021-03-20\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.postAs(clerk, DOCUMENTS + "/" + first + "/long-term-control/end", "{\"until\":\"2021-11-01\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.postAs(clerk, DOCUMENTS + "/" + second + "/long-term-control", "{\"since\":\"2021-06-01\"}")
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
        api.assertProblem(api.postAs(clerk, DOCUMENTS + "/" + first + "/long-term-control/end",
                "{\"until\":\"2021-12-01\"}"), 422, "not_on_control", "until");
        api.assertProblem(api.postAs(clerk, DOCUMENTS + "/" + second + "/long-term-control",
                "{\"since\":\"2021-07-01\"}"), 422, "already_on_control", "since");
        JsonNode today = api.body(api.getAs(clerk, DOCUMENTS + "/long-term-control/count"));
        assertThat(today.get("count").asLong()).isEqualTo(1);
        assertThat(today.get("asOf").asText()).isNotBlank();
    }

    @Test
    void countsFollowCorrectionsAndWithdrawals() throws Exception {
        String council = uniqueCouncil();
        String clerk = api.issuer().tokenFor(council + "-clerk", council, "clerk");
        String admin = api.issuer().tokenFor(council + "-admin", council, "admin");
        String id = receive(clerk, "higher_directive", "2021-03-15");
        api.postAs(clerk, DOCUMENTS + "/" + id + "/long-term-control", "{\"since\":\"2021-04-01\"}");
        awaitCount(clerk, "", "2021-04-01", 1);

        assertThat(api.postAs(admin, DOCUMENTS + "/" + id + "/correction", correction("letter", "2021-03-10", null,
                false, "на контроль поставлено помилково")).statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-04-01", 0);
        assertThat(api.postAs(admin, DOCUMENTS + "/" + id + "/correction", correction("letter", "2021-03-10", null,
                true, "документ на контролі від надходження")).statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-03-09", 0);
        awaitCount(clerk, "&kind=letter", "2021-03-10", 1);
        JsonNode corrected = awaitDocument(clerk, id, view -> view.get("corrections").asInt() == 2);
        assertThat(corrected.get("controlSince").asText()).isEqualTo("2021-03-10");
        assertThat(corrected.get("kind").asText()).isEqualTo("letter");

        assertThat(api.postAs(admin, DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);
        awaitCount(clerk, "", "2021-12-31", 0);
        assertThat(awaitDocument(clerk, id, view -> view.get("status").asText().equals("withdrawn"))
                .get("version").asLong()).isEqualTo(4);
    }

    @Test
    void onlyAdminsCorrectOrWithdraw() throws Exception {
        String id = receive("letter", "2021-03-15");
        String correction = correction("public_info_request", "2021-03-15", null, false, "вид документа");

        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        api.assertProblem(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\",\"reason\":\"без прапорця контролю\"}"), 400,
                "validation_failed", "longTermControl");
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction", correction).statusCode())
                .isEqualTo(200);

        JsonNode corrected = awaitDocument(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("kind").asText()).isEqualTo("public_info_request");
        api.assertProblem(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction", correction), 422,
                "nothing_to_correct");
    }

    @Test
    void aWithdrawnDocumentLeavesTheListStaysReadableAndRefusesChanges() throws Exception {
        String sender = "Відправник " + UUID.randomUUID();
        String id = uniqueId();
        api.post(DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\","
                + "\"sender\":\"" + sender + "\"}");
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"внесено двічі\"}")
                .statusCode()).isEqualTo(200);

        awaitDocument(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(api.body(api.get(DOCUMENTS + "?text=" + encode(sender))).get("total").asLong()).isZero();
        assertThat(api.body(api.get(DOCUMENTS + "?status=withdrawn&text=" + encode(sender))).get("total").asLong())
                .isEqualTo(1);
        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-20\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void listsFilterByKindStatusReceiptDatesAndText() throws Exception {
        String marker = "Тема " + UUID.randomUUID();
        String letter = uniqueId();
        String directive = uniqueId();
        String older = uniqueId();
        api.post(DOCUMENTS, "{\"id\":\"" + letter + "\",\"kind\":\"letter\",\"receivedOn\":\"2021-02-01\","
                + "\"subject\":\"" + marker + "\"}");
        api.post(DOCUMENTS, "{\"id\":\"" + directive + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-02-02\",\"subject\":\"" + marker + "\",\"answeredOn\":\"2021-02-05\"}");
        api.post(DOCUMENTS, "{\"id\":\"" + older + "\",\"kind\":\"letter\",\"receivedOn\":\"2020-12-31\","
                + "\"subject\":\"" + marker + "\"}");
        String text = "&text=" + encode(marker.toUpperCase());

        api.eventually(() -> assertThat(ids("?size=100" + text))
                .containsExactly(older, letter, directive));
        assertThat(ids("?kind=letter" + text)).containsExactly(older, letter);
        assertThat(ids("?status=answered" + text)).containsExactly(directive);
        assertThat(ids("?status=received" + text)).containsExactly(older, letter);
        assertThat(ids("?from=2021-01-01&to=2021-02-01" + text)).containsExactly(letter);
        JsonNode page = api.body(api.get(DOCUMENTS + "?page=1&size=1" + text));
        assertThat(page.get("items").findValuesAsText("id")).containsExactly(letter);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        api.assertProblem(api.get(DOCUMENTS + "?kind=memo"), 400, "invalid_value", "kind");
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = receive("higher_directive", "2021-03-15");
        awaitDocument(id, view -> true);
        String etag = api.get(DOCUMENTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");
        assertThat(api.post(DOCUMENTS + "/" + id + "/long-term-control", "{\"since\":\"2021-03-20\"}",
                "If-Match", etag).statusCode()).isEqualTo(200);

        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-25\"}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
        assertThat(api.post(DOCUMENTS + "/" + id + "/answer", "{\"answeredOn\":\"2021-03-25\"}",
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(awaitDocument(id, view -> view.get("version").asLong() == 2).get("status").asText())
                .isEqualTo("answered");
    }

    @Test
    void anImpossibleDateIsNamedAndNothingIsStored() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.post(DOCUMENTS, document(id, "letter", "2021-06-31")), 400, "invalid_value",
                "receivedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("letter", "2021-06-01");
        api.assertProblem(api.post(DOCUMENTS + "/" + existing + "/long-term-control",
                "{\"since\":\"2021-06-31\"}"), 400, "invalid_value", "since");
    }

    @Test
    void reversedDatesAreNamed() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.post(DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"letter\","
                + "\"receivedOn\":\"2021-03-15\",\"answeredOn\":\"2021-03-14\"}"), 422, "dates_out_of_order",
                "answeredOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("letter", "2021-03-15");
        api.assertProblem(api.post(DOCUMENTS + "/" + existing + "/long-term-control",
                "{\"since\":\"2021-03-14\"}"), 422, "dates_out_of_order", "since");
        api.assertProblem(api.get(DOCUMENTS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(api.post(DOCUMENTS, "{}"));

        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "receivedOn");
    }

    @Test
    void anotherCouncilFindsNothingAndCannotChangeIt() throws Exception {
        String id = receive("letter", "2021-03-15");
        awaitDocument(id, view -> true);

        api.assertProblem(api.getAs(api.nizhynClerk(), DOCUMENTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.getAs(api.nizhynClerk(), DOCUMENTS + "/" + LYSYCHANSK + ":" + id), 404, "not_found",
                "id");
        api.assertProblem(api.postAs(api.nizhynClerk(), DOCUMENTS + "/" + id + "/answer",
                "{\"answeredOn\":\"2021-03-20\"}"), 404, "not_found", "id");
        assertThat(api.body(api.getAs(api.nizhynClerk(), DOCUMENTS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anAuditorReadsButCannotWrite() throws Exception {
        String auditor = api.auditor();

        assertThat(api.getAs(auditor, DOCUMENTS).statusCode()).isEqualTo(200);
        api.assertProblem(api.postAs(auditor, DOCUMENTS, document(uniqueId(), "letter", "2021-03-15")), 403,
                "forbidden");
    }

    @Test
    void anImportRecordsItsGoodLinesAndNamesTheBadOnes() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String lines = "{\"type\":\"incoming-document\",\"id\":\"" + good + "\",\"kind\":\"higher_directive\","
                + "\"receivedOn\":\"2021-03-15\",\"answeredOn\":\"2021-03-29\",\"longTermControl\":true}\n"
                + "{\"type\":\"incoming-document\",\"id\":\"" + bad + "\",\"kind\":\"letter\","
                + "\"receivedOn\":\"2021-06-31\"}\n";

        HttpResponse<String> response = api.importAs(api.clerk(), lines);

        assertRejection(api.assertImported(response, 1, 1).get("rejections").get(0), 2, "incoming-document", bad,
                "invalid_value", "receivedOn");
        JsonNode imported = awaitDocument(good, view -> view.get("version").asLong() == 2);
        assertThat(imported.get("status").asText()).isEqualTo("answered");
        assertThat(imported.get("onLongTermControl").asBoolean()).isTrue();
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();

        JsonNode again = api.body(api.importAs(api.clerk(), lines));
        assertThat(again.get("alreadyRecorded").asLong()).isEqualTo(1);
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + good).asStream().count()).isEqualTo(3);
    }

    private String receive(String kind, String receivedOn) throws Exception {
        return receive(api.clerk(), kind, receivedOn);
    }

    private String receive(String token, String kind, String receivedOn) throws Exception {
        return api.createAs(token, DOCUMENTS, document(uniqueId(), kind, receivedOn));
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

    private void awaitCount(String token, String kind, String asOf, long expected) {
        api.eventually(() -> assertThat(api.countAs(token, DOCUMENTS + "/long-term-control/count?asOf=" + asOf + kind))
                .as("as of " + asOf + kind).isEqualTo(expected));
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(DOCUMENTS + query);
    }

    private JsonNode awaitDocument(String id, Predicate<JsonNode> condition) {
        return awaitDocument(api.clerk(), id, condition);
    }

    private JsonNode awaitDocument(String token, String id, Predicate<JsonNode> condition) {
        return api.awaitAs(token, DOCUMENTS + "/" + id, condition);
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("in");
    }

    /** A council of its own, so that counts see only what the test recorded. */
    private static String uniqueCouncil() {
        return "ctl-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
