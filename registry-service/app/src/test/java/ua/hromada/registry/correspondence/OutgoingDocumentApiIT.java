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
 * The register of outgoing documents through real HTTP with real signed tokens: registration, lists, corrections
 * and withdrawals by admins, If-Match, and import lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class OutgoingDocumentApiIT {

    private static final String DOCUMENTS = "/api/registry/outgoing-documents";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aSentDocumentIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(DOCUMENTS, "{\"id\":\"" + id + "\",\"kind\":\"external\","
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
        assertThat(api.get(DOCUMENTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();

        assertThat(api.post(DOCUMENTS, document(id, "internal", "2021-04-02")).statusCode()).isEqualTo(201);
        assertThat(api.post(DOCUMENTS, document(id, "internal", "2021-04-02")).statusCode()).isEqualTo(200);
        api.assertProblem(api.post(DOCUMENTS, document(id, "external", "2021-04-02")), 409, "id_conflict",
                "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyMakesARetryWithoutIdHarmless() throws Exception {
        String request = "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = api.post(DOCUMENTS, request, "Idempotency-Key", key);
        HttpResponse<String> retry = api.post(DOCUMENTS, request, "Idempotency-Key", key);

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
        api.post(DOCUMENTS, withRecipient(external, "external", "2021-02-02", marker));
        api.post(DOCUMENTS, withRecipient(internal, "internal", "2021-02-01", marker));
        api.post(DOCUMENTS, withRecipient(older, "external", "2020-12-31", marker));
        String text = "&text=" + encode(marker.toLowerCase());

        api.eventually(() -> assertThat(ids("?size=100" + text))
                .containsExactly(older, internal, external));
        assertThat(ids("?kind=external" + text)).containsExactly(older, external);
        assertThat(ids("?status=sent&from=2021-01-01&to=2021-02-01" + text)).containsExactly(internal);
        api.assertProblem(api.get(DOCUMENTS + "?kind=memo"), 400, "invalid_value", "kind");
        api.assertProblem(api.get(DOCUMENTS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void onlyAdminsCorrect() throws Exception {
        String id = send("external", "2021-04-02");
        String correction = "{\"kind\":\"internal\",\"sentOn\":\"2021-04-01\",\"recipient\":\"Відділ освіти\","
                + "\"reason\":\"адресат і дата\"}";

        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-01\"}"), 400, "validation_failed", "reason");
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction", correction).statusCode())
                .isEqualTo(200);

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
        api.post(DOCUMENTS, withRecipient(id, "external", "2021-04-02", marker));

        api.assertProblem(api.post(DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);

        awaitDocument(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("?text=" + encode(marker))).isEmpty();
        assertThat(ids("?status=withdrawn&text=" + encode(marker))).containsExactly(id);
        api.assertProblem(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\",\"reason\":\"вид\"}"), 422, "record_withdrawn");
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"ще раз\"}")
                .statusCode()).as("a repeated withdrawal changes nothing").isEqualTo(200);
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = send("external", "2021-04-02");
        awaitDocument(id, view -> true);
        String etag = api.get(DOCUMENTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\",\"reason\":\"вид\"}", "If-Match", etag)
                .statusCode()).isEqualTo(200);

        api.assertProblem(api.postAs(api.admin(), DOCUMENTS + "/" + id + "/correction",
                "{\"kind\":\"external\",\"sentOn\":\"2021-04-03\",\"reason\":\"дата\"}", "If-Match", etag), 409,
                "version_conflict", "If-Match");
        assertThat(awaitDocument(id, view -> view.get("version").asLong() == 1).get("kind").asText())
                .isEqualTo("internal");
    }

    @Test
    void anImpossibleOrFutureDateIsNamedAndNothingIsStored() throws Exception {
        String impossible = uniqueId();
        String future = uniqueId();

        api.assertProblem(api.post(DOCUMENTS, document(impossible, "internal", "2021-06-31")), 400,
                "invalid_value", "sentOn");
        api.assertProblem(api.post(DOCUMENTS, document(future, "internal", "2999-01-01")), 422,
                "date_in_future", "sentOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + impossible).asStream().count()).isZero();
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + future).asStream().count()).isZero();
    }

    @Test
    void missingRequiredFieldsAndUnknownFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(api.post(DOCUMENTS, "{}"));
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "sentOn");

        api.assertProblem(api.post(DOCUMENTS, "{\"kind\":\"internal\",\"sentOn\":\"2021-04-02\","
                + "\"recipeint\":\"x\"}"), 400, "unknown_field", "recipeint");
    }

    @Test
    void anotherCouncilFindsNothing() throws Exception {
        String id = send("external", "2021-04-02");
        awaitDocument(id, view -> true);
        String nizhyn = api.issuer().tokenFor("nizhyn-admin", "nizhyn", "admin");

        api.assertProblem(api.getAs(nizhyn, DOCUMENTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhyn, DOCUMENTS + "/" + id + "/withdrawal", "{\"reason\":\"чуже\"}"), 404,
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

        HttpResponse<String> response = api.importAs(api.clerk(), lines);

        assertRejection(api.assertImported(response, 1, 1).get("rejections").get(0), 2, "outgoing-document", bad,
                "required", "kind");
        assertThat(awaitDocument(good, view -> true).get("recipient").asText()).isEqualTo("Луганська ОДА");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();
    }

    private String send(String kind, String sentOn) throws Exception {
        return api.create(DOCUMENTS, document(uniqueId(), kind, sentOn));
    }

    private static String document(String id, String kind, String sentOn) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"sentOn\":\"" + sentOn + "\"}";
    }

    private static String withRecipient(String id, String kind, String sentOn, String recipient) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"sentOn\":\"" + sentOn + "\",\"recipient\":\""
                + recipient + "\"}";
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(DOCUMENTS + query);
    }

    private JsonNode awaitDocument(String id, Predicate<JsonNode> condition) {
        return api.await(DOCUMENTS + "/" + id, condition);
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("out");
    }
}
