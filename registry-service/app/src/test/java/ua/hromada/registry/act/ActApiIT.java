package ua.hromada.registry.act;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static ua.hromada.registry.record.RegistryApi.assertRejection;
import static ua.hromada.registry.record.RegistryApi.encode;

/**
 * The register of council acts through real HTTP with real signed tokens: drafted, adopted and published by
 * clerks, corrected and withdrawn by admins, listed by their main date, and imported line by line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class ActApiIT {

    private static final String ACTS = "/api/registry/acts";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aRecordedDraftIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(ACTS, "{\"id\":\"" + id + "\",\"kind\":\"council_decision\","
                + "\"title\":\"Про бюджет\",\"draftedOn\":\"2021-03-01\",\"preparedByDepartment\":true}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ACTS + "/" + id));
        JsonNode act = awaitAct(id, view -> true);
        assertThat(act.get("kind").asText()).isEqualTo("council_decision");
        assertThat(act.get("title").asText()).isEqualTo("Про бюджет");
        assertThat(act.get("draftedOn").asText()).isEqualTo("2021-03-01");
        assertThat(act.get("adoptedOn").isNull()).isTrue();
        assertThat(act.get("preparedByDepartment").asBoolean()).isTrue();
        assertThat(act.get("status").asText()).isEqualTo("drafted");
        assertThat(act.get("corrections").asInt()).isZero();
        assertThat(api.get(ACTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatIs200AndTheSameIdWithOtherContentIsAConflict() throws Exception {
        String id = uniqueId();
        String request = adopted(id, "head_directive", "7", "Про нагородження", "2021-02-01");

        assertThat(api.post(ACTS, request).statusCode()).isEqualTo(201);
        HttpResponse<String> repeated = api.post(ACTS, request);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(api.body(repeated).get("id").asText()).isEqualTo(id);

        api.assertProblem(api.post(ACTS, adopted(id, "head_directive", "8", "Про нагородження",
                "2021-02-01")), 409, "id_conflict", "id");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void clerksAdoptAndPublishADraftAndTheRecordShowsEachStep() throws Exception {
        String id = record("{\"kind\":\"council_decision\",\"title\":\"Про сквер\",\"draftedOn\":\"2021-03-01\"}");

        assertThat(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2021-03-25\",\"number\":\"154\"}").statusCode())
                .isEqualTo(200);
        assertThat(post(api.clerk(), id, "publication", "{\"publishedOn\":\"2021-03-30\"}").statusCode())
                .isEqualTo(200);

        JsonNode act = awaitAct(id, view -> view.get("version").asLong() == 2);
        assertThat(act.get("number").asText()).isEqualTo("154");
        assertThat(act.get("adoptedOn").asText()).isEqualTo("2021-03-25");
        assertThat(act.get("publishedOn").asText()).isEqualTo("2021-03-30");
        assertThat(act.get("status").asText()).isEqualTo("published");
        api.assertProblem(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2021-04-01\"}"), 422, "already_adopted",
                "adoptedOn");
    }

    @Test
    void aDraftDecisionIsNeverAdoptedItself() throws Exception {
        String id = record("{\"kind\":\"draft_decision\",\"number\":\"П-12\",\"draftedOn\":\"2021-03-01\"}");

        api.assertProblem(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2021-03-25\"}"), 422,
                "draft_not_adoptable", "adoptedOn");
    }

    @Test
    void theListFiltersByKindStatusMainDateAndTextAndSortsByTheMainDate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String directive = record(adopted(uniqueId(), "head_directive", "Р-" + tag, "Про відпустку", "2020-05-05"));
        String draft = record("{\"kind\":\"draft_decision\",\"number\":\"П-" + tag + "\",\"title\":\"Проєкт " + tag
                + "\",\"draftedOn\":\"2020-04-01\"}");
        String decision = record(adopted(uniqueId(), "council_decision", "154", "Про бюджет " + tag,
                "2020-06-01"));

        api.eventually(() -> assertThat(ids("text=" + tag))
                .containsExactly(draft, directive, decision));
        assertThat(ids("text=" + tag + "&kind=head_directive")).containsExactly(directive);
        assertThat(ids("text=" + tag + "&status=drafted")).containsExactly(draft);
        assertThat(ids("text=" + tag + "&from=2020-04-01&to=2020-05-31")).containsExactly(draft, directive);
        assertThat(ids("text=" + encode("бюджет " + tag))).containsExactly(decision);
        JsonNode page = api.body(api.get(ACTS + "?text=" + tag + "&page=1&size=2"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsText("id")).containsExactly(decision);
        api.assertProblem(api.get(ACTS + "?status=signed"), 400, "invalid_value", "status");
        api.assertProblem(api.get(ACTS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order",
                "to");
    }

    @Test
    void onlyAdminsCorrectAndTheCorrectionReplacesTheRecord() throws Exception {
        String id = record(adopted(uniqueId(), "head_directive", "7", "Про нагородження", "2021-02-01"));
        String correction = "{\"kind\":\"head_directive\",\"number\":\"17\",\"title\":\"Про нагородження\","
                + "\"adoptedOn\":\"2021-02-01\",\"reason\":\"номер введено з помилкою\"}";

        api.assertProblem(post(api.clerk(), id, "correction", correction), 403, "forbidden");
        api.assertProblem(post(api.admin(), id, "correction", correction.replace("номер введено з помилкою", " ")), 400,
                "validation_failed", "reason");
        assertThat(post(api.admin(), id, "correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitAct(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("number").asText()).isEqualTo("17");
        assertThat(corrected.get("status").asText()).isEqualTo("adopted");
    }

    @Test
    void aWithdrawnActLeavesTheListStaysReadableAndRefusesChanges() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = record("{\"kind\":\"executive_decision\",\"title\":\"Помилкове " + tag
                + "\",\"draftedOn\":\"2021-03-01\"}");

        api.assertProblem(post(api.clerk(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}"), 403, "forbidden");
        assertThat(post(api.admin(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}").statusCode()).isEqualTo(200);

        awaitAct(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("text=" + tag)).isEmpty();
        assertThat(ids("text=" + tag + "&status=withdrawn")).containsExactly(id);
        api.assertProblem(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2021-03-25\",\"number\":\"1\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void aChangeMadeOnAStaleReadIsAVersionConflict() throws Exception {
        String id = record("{\"kind\":\"council_decision\",\"title\":\"Про бюджет\",\"draftedOn\":\"2021-03-01\"}");
        awaitAct(id, view -> true);
        String etag = api.get(ACTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(ACTS + "/" + id + "/adoption", "{\"adoptedOn\":\"2021-03-25\",\"number\":\"1\"}",
                "If-Match", etag).statusCode()).isEqualTo(200);

        api.assertProblem(api.post(ACTS + "/" + id + "/publication", "{\"publishedOn\":\"2021-03-30\"}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
        assertThat(api.post(ACTS + "/" + id + "/publication", "{\"publishedOn\":\"2021-03-30\"}",
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anImpossibleDateIsNamedAndNothingIsStored() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.post(ACTS, adopted(id, "head_directive", "7", "Про відпустку",
                "2021-06-31")), 400, "invalid_value", "adoptedOn");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isZero();
    }

    @Test
    void anAdoptionBeforeTheDraftOrAfterTodayIsNamed() throws Exception {
        api.assertProblem(api.post(ACTS, "{\"kind\":\"council_decision\",\"number\":\"1\","
                + "\"draftedOn\":\"2021-03-01\",\"adoptedOn\":\"2021-02-28\"}"), 422, "dates_out_of_order",
                "adoptedOn");
        String id = record("{\"kind\":\"council_decision\",\"draftedOn\":\"2021-03-01\"}");
        api.assertProblem(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2021-02-28\",\"number\":\"1\"}"), 422,
                "dates_out_of_order", "adoptedOn");
        api.assertProblem(post(api.clerk(), id, "adoption", "{\"adoptedOn\":\"2999-01-01\",\"number\":\"1\"}"), 422,
                "date_in_future", "adoptedOn");
        api.assertProblem(api.post(ACTS, "{\"title\":\"Без виду\"}"), 400, "validation_failed", "kind");
    }

    @Test
    void aClerkOfAnotherCouncilCannotSeeOrChangeAnAct() throws Exception {
        String id = record(adopted(uniqueId(), "head_directive", "7", "Лисичанське", "2021-02-01"));
        awaitAct(id, view -> true);
        String nizhyn = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhyn, ACTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.getAs(nizhyn, ACTS + "/lysychansk:" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhyn, ACTS + "/" + id + "/publication", "{\"publishedOn\":\"2021-03-30\"}"),
                404, "not_found", "id");
        assertThat(api.body(api.getAs(nizhyn, ACTS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anAuditorReadsButCannotWrite() throws Exception {
        String auditor = api.auditor();

        assertThat(api.getAs(auditor, ACTS).statusCode()).isEqualTo(200);
        api.assertProblem(api.postAs(auditor, ACTS, adopted(uniqueId(), "head_directive", "7", "Аудит",
                "2021-02-01")), 403, "forbidden");
    }

    @Test
    void anImportRecordsTheGoodActLineAndNamesTheBadOne() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String ndjson = "{\"type\":\"act\",\"id\":\"" + good + "\",\"kind\":\"session_protocol\",\"number\":\"12\","
                + "\"adoptedOn\":\"2021-03-25\",\"publishedOn\":\"2021-03-26\"}\n"
                + "{\"type\":\"act\",\"id\":\"" + bad + "\",\"kind\":\"session_protocol\",\"number\":\"13\","
                + "\"adoptedOn\":\"2021-06-31\"}\n";

        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);

        JsonNode rejection = api.assertImported(response, 1, 1).get("rejections").get(0);
        assertRejection(rejection, 2, "act", bad, "invalid_value", "adoptedOn");
        assertThat(rejection.get("reason").asText()).contains("2021-06-31");
        JsonNode act = awaitAct(good, view -> view.get("version").asLong() == 1);
        assertThat(act.get("status").asText()).isEqualTo("published");
        assertThat(eventStore.readEvents("lysychansk:" + bad).asStream().count()).isZero();
    }

    private String record(String body) throws Exception {
        String request = body.contains("\"id\"") ? body : body.replaceFirst("\\{", "{\"id\":\"" + uniqueId() + "\",");
        return api.create(ACTS, request);
    }

    private HttpResponse<String> post(String token, String id, String change, String body) throws Exception {
        return api.postAs(token, ACTS + "/" + id + "/" + change, body);
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(ACTS + "?size=100&" + query);
    }

    private JsonNode awaitAct(String id, Predicate<JsonNode> condition) {
        return api.await(ACTS + "/" + id, condition);
    }

    private static String adopted(String id, String kind, String number, String title, String adoptedOn) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"number\":\"" + number + "\",\"title\":\"" + title
                + "\",\"adoptedOn\":\"" + adoptedOn + "\"}";
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("act");
    }
}
