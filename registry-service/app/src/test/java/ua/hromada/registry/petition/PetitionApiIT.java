package ua.hromada.registry.petition;

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
 * The council's e-petitions through real HTTP with real signed tokens: submitted, published or rejected,
 * signed and answered by clerks, corrected and withdrawn by admins, listed by submission day, and imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class PetitionApiIT {

    private static final String PETITIONS = "/api/registry/petitions";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aSubmittedPetitionAwaitsModerationAndIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(PETITIONS, petition(id, "Про сквер", "2021-04-01"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(PETITIONS + "/" + id));
        JsonNode petition = awaitPetition(id, view -> true);
        assertThat(petition.get("title").asText()).isEqualTo("Про сквер");
        assertThat(petition.get("author").asText()).isEqualTo("Іван Франко");
        assertThat(petition.get("submittedOn").asText()).isEqualTo("2021-04-01");
        assertThat(petition.get("status").asText()).isEqualTo("moderation");
        assertThat(petition.get("signatures").asInt()).isZero();
        assertThat(api.get(PETITIONS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatIs200AndTheSameIdWithOtherContentIsAConflict() throws Exception {
        String id = uniqueId();
        String request = petition(id, "Про лавки", "2021-04-01");

        assertThat(api.post(PETITIONS, request).statusCode()).isEqualTo(201);
        assertThat(api.post(PETITIONS, request).statusCode()).isEqualTo(200);
        api.assertProblem(api.post(PETITIONS, petition(id, "Про ліхтарі", "2021-04-01")), 409,
                "id_conflict", "id");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void clerksPublishRecordSignaturesAndAnswerAndTheRecordShowsEachStep() throws Exception {
        String id = submit("Про сквер", "2021-04-01");

        api.assertProblem(post(api.clerk(), id, "answer", "{\"answeredOn\":\"2021-06-01\"}"), 422,
                "invalid_transition", "status");
        assertThat(post(api.clerk(), id, "publication", "{\"publishedOn\":\"2021-04-03\"}").statusCode())
                .isEqualTo(200);
        assertThat(post(api.clerk(), id, "signatures", "{\"signatures\":250}").statusCode()).isEqualTo(200);
        api.assertProblem(post(api.clerk(), id, "signatures", "{\"signatures\":200}"), 422, "signatures_decreased",
                "signatures");
        api.assertProblem(post(api.clerk(), id, "signatures", "{\"signatures\":-1}"), 400, "validation_failed",
                "signatures");
        assertThat(post(api.clerk(), id, "answer", "{\"answeredOn\":\"2021-06-01\"}").statusCode()).isEqualTo(200);

        JsonNode petition = awaitPetition(id, view -> view.get("version").asLong() == 3);
        assertThat(petition.get("status").asText()).isEqualTo("answered");
        assertThat(petition.get("publishedOn").asText()).isEqualTo("2021-04-03");
        assertThat(petition.get("signatures").asInt()).isEqualTo(250);
        assertThat(petition.get("answeredOn").asText()).isEqualTo("2021-06-01");
    }

    @Test
    void aRejectionNeedsAReasonAndTheRecordShowsIt() throws Exception {
        String id = submit("Про Місяць", "2021-04-01");

        api.assertProblem(post(api.clerk(), id, "rejection", "{\"rejectedOn\":\"2021-04-02\"}"), 400,
                "validation_failed", "reason");
        assertThat(post(api.clerk(), id, "rejection",
                "{\"rejectedOn\":\"2021-04-02\",\"reason\":\"поза компетенцією\"}").statusCode()).isEqualTo(200);

        JsonNode petition = awaitPetition(id, view -> view.get("status").asText().equals("rejected"));
        assertThat(petition.get("rejectedOn").asText()).isEqualTo("2021-04-02");
        assertThat(petition.get("rejectionReason").asText()).isEqualTo("поза компетенцією");
        api.assertProblem(post(api.clerk(), id, "publication", "{\"publishedOn\":\"2021-04-03\"}"), 422,
                "invalid_transition", "status");
    }

    @Test
    void theListFiltersByStatusSubmissionDayAndTextInTitleOrAuthorAndSortsBySubmissionDay() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String late = submit("Про ліхтарі " + tag, "2020-05-05");
        String early = record("{\"title\":\"Про лавки " + tag + "\",\"author\":\"Леся Українка\","
                + "\"submittedOn\":\"2020-04-01\",\"status\":\"published\",\"publishedOn\":\"2020-04-02\","
                + "\"signatures\":12}");

        api.eventually(() -> assertThat(ids("text=" + tag))
                .containsExactly(early, late));
        assertThat(ids("text=" + tag + "&status=published")).containsExactly(early);
        assertThat(ids("text=" + tag + "&status=moderation")).containsExactly(late);
        assertThat(ids("text=" + tag + "&from=2020-05-01&to=2020-05-31")).containsExactly(late);
        assertThat(ids("text=" + encode("лавки " + tag))).containsExactly(early);
        api.eventually(() -> assertThat(ids("text=" + encode("УКРАЇНКА")))
                .contains(early).doesNotContain(late));
        api.assertProblem(api.get(PETITIONS + "?status=signed"), 400, "invalid_value", "status");
    }

    @Test
    void onlyAdminsCorrectAndWithdrawAndAWithdrawnPetitionLeavesTheList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = submit("Про сквер " + tag, "2021-04-01");
        String correction = "{\"title\":\"Про сквер біля школи " + tag + "\",\"submittedOn\":\"2021-04-01\","
                + "\"status\":\"published\",\"publishedOn\":\"2021-04-02\",\"signatures\":30,"
                + "\"reason\":\"опубліковано, але не внесено\"}";

        api.assertProblem(post(api.clerk(), id, "correction", correction), 403, "forbidden");
        assertThat(post(api.admin(), id, "correction", correction).statusCode()).isEqualTo(200);
        JsonNode corrected = awaitPetition(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("status").asText()).isEqualTo("published");
        assertThat(corrected.get("signatures").asInt()).isEqualTo(30);

        api.assertProblem(post(api.clerk(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}"), 403, "forbidden");
        assertThat(post(api.admin(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}").statusCode()).isEqualTo(200);
        awaitPetition(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("text=" + tag)).isEmpty();
        assertThat(ids("text=" + tag + "&status=withdrawn")).containsExactly(id);
        api.assertProblem(post(api.clerk(), id, "signatures", "{\"signatures\":40}"), 422, "record_withdrawn");
    }

    @Test
    void aChangeMadeOnAStaleReadIsAVersionConflict() throws Exception {
        String id = submit("Про сквер", "2021-04-01");
        awaitPetition(id, view -> true);
        String etag = api.get(PETITIONS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(PETITIONS + "/" + id + "/publication", "{\"publishedOn\":\"2021-04-03\"}",
                "If-Match", etag).statusCode()).isEqualTo(200);

        api.assertProblem(api.post(PETITIONS + "/" + id + "/signatures", "{\"signatures\":5}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
    }

    @Test
    void anImpossibleDateAndDatesOutOfOrderAreNamed() throws Exception {
        String id = uniqueId();
        api.assertProblem(api.post(PETITIONS, petition(id, "Про сквер", "2021-06-31")), 400,
                "invalid_value", "submittedOn");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isZero();

        api.assertProblem(api.post(PETITIONS, "{\"title\":\"Про сквер\",\"submittedOn\":\"2021-04-01\","
                + "\"status\":\"published\",\"publishedOn\":\"2021-03-31\"}"), 422, "dates_out_of_order",
                "publishedOn");
        String submitted = submit("Про лавки", "2021-04-01");
        api.assertProblem(post(api.clerk(), submitted, "publication", "{\"publishedOn\":\"2021-03-31\"}"), 422,
                "dates_out_of_order", "publishedOn");
        api.assertProblem(api.post(PETITIONS, "{\"submittedOn\":\"2021-04-01\"}"), 400,
                "validation_failed", "title");
    }

    @Test
    void aClerkOfAnotherCouncilCannotSeeOrChangeAPetition() throws Exception {
        String id = submit("Лисичанська", "2021-04-01");
        awaitPetition(id, view -> true);
        String nizhyn = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhyn, PETITIONS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhyn, PETITIONS + "/" + id + "/publication",
                "{\"publishedOn\":\"2021-04-03\"}"), 404, "not_found", "id");
        assertThat(api.body(api.getAs(nizhyn, PETITIONS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anImportRecordsThePastPetitionWithItsStepsAndNamesTheBadLine() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String ndjson = "{\"type\":\"petition\",\"id\":\"" + good + "\",\"title\":\"Про парк\","
                + "\"submittedOn\":\"2020-02-01\",\"signatures\":310,\"status\":\"answered\","
                + "\"publishedOn\":\"2020-02-03\",\"answeredOn\":\"2020-04-01\"}\n"
                + "{\"type\":\"petition\",\"id\":\"" + bad + "\",\"title\":\"Про парк\","
                + "\"submittedOn\":\"2020-02-01\",\"status\":\"published\"}\n";

        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);

        JsonNode rejection = api.assertImported(response, 1, 1).get("rejections").get(0);
        assertRejection(rejection, 2, "petition", bad, "required", "publishedOn");
        JsonNode petition = awaitPetition(good, view -> view.get("version").asLong() == 3);
        assertThat(petition.get("status").asText()).isEqualTo("answered");
        assertThat(petition.get("signatures").asInt()).isEqualTo(310);
        assertThat(eventStore.readEvents("lysychansk:" + bad).asStream().count()).isZero();
    }

    private String submit(String title, String submittedOn) throws Exception {
        return record(petition(uniqueId(), title, submittedOn));
    }

    private String record(String body) throws Exception {
        String request = body.contains("\"id\"") ? body : body.replaceFirst("\\{", "{\"id\":\"" + uniqueId() + "\",");
        return api.create(PETITIONS, request);
    }

    private HttpResponse<String> post(String token, String id, String change, String body) throws Exception {
        return api.postAs(token, PETITIONS + "/" + id + "/" + change, body);
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(PETITIONS + "?size=100&" + query);
    }

    private JsonNode awaitPetition(String id, Predicate<JsonNode> condition) {
        return api.await(PETITIONS + "/" + id, condition);
    }

    private static String petition(String id, String title, String submittedOn) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"author\":\"Іван Франко\",\"submittedOn\":\""
                + submittedOn + "\"}";
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("petition");
    }
}
