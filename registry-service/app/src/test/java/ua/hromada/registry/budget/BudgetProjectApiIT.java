package ua.hromada.registry.budget;

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

/**
 * The council's participatory-budget projects through real HTTP with real signed tokens: submitted, admitted or
 * rejected, voted on and declared winners by clerks, corrected and withdrawn by admins, listed by program year and
 * submission day, and imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class BudgetProjectApiIT {

    private static final String PROJECTS = "/api/registry/budget-projects";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aSubmittedProjectIsReadBackWithItsAmountAndItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(PROJECTS, "{\"id\":\"" + id + "\",\"programYear\":2021,"
                + "\"submittedOn\":\"2021-03-10\",\"title\":\"Сквер\",\"author\":\"Олена Пчілка\","
                + "\"category\":\"Великі проєкти\",\"requestedAmount\":150000}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(PROJECTS + "/" + id));
        JsonNode project = awaitProject(id, view -> true);
        assertThat(project.get("programYear").asInt()).isEqualTo(2021);
        assertThat(project.get("submittedOn").asText()).isEqualTo("2021-03-10");
        assertThat(project.get("title").asText()).isEqualTo("Сквер");
        assertThat(project.get("category").asText()).isEqualTo("Великі проєкти");
        assertThat(project.get("requestedAmount").decimalValue()).isEqualByComparingTo("150000");
        assertThat(project.get("status").asText()).isEqualTo("submitted");
        assertThat(project.get("votes").isNull()).isTrue();
        assertThat(api.get(PROJECTS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatIs200EvenWithTheAmountWrittenOtherwiseAndOtherContentIsAConflict() throws Exception {
        String id = uniqueId();

        assertThat(api.post(PROJECTS, project(id, 2021, "Лавки", "2021-03-10")
                .replace("}", ",\"requestedAmount\":1000}")).statusCode()).isEqualTo(201);
        assertThat(api.post(PROJECTS, project(id, 2021, "Лавки", "2021-03-10")
                .replace("}", ",\"requestedAmount\":1000.00}")).statusCode()).isEqualTo(200);
        api.assertProblem(api.post(PROJECTS, project(id, 2021, "Ліхтарі", "2021-03-10")), 409,
                "id_conflict", "id");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void clerksAdmitRecordVotesAndDeclareAWinnerAndTheRecordShowsEachStep() throws Exception {
        String id = submit(2021, "Сквер", "2021-03-10");

        api.assertProblem(post(api.clerk(), id, "winner", ""), 422, "invalid_transition", "status");
        api.assertProblem(post(api.clerk(), id, "voting-result", "{\"votes\":10}"), 422, "not_admitted", "status");
        assertThat(post(api.clerk(), id, "admission", "").statusCode()).isEqualTo(200);
        assertThat(post(api.clerk(), id, "voting-result", "{\"votes\":812}").statusCode()).isEqualTo(200);
        api.assertProblem(post(api.clerk(), id, "voting-result", "{}"), 400, "validation_failed", "votes");
        assertThat(post(api.clerk(), id, "winner", "{}").statusCode()).isEqualTo(200);

        JsonNode project = awaitProject(id, view -> view.get("version").asLong() == 3);
        assertThat(project.get("status").asText()).isEqualTo("winner");
        assertThat(project.get("votes").asInt()).isEqualTo(812);
    }

    @Test
    void aRejectionNeedsAReasonAndTheRecordShowsIt() throws Exception {
        String id = submit(2021, "Фонтан", "2021-03-10");

        api.assertProblem(post(api.clerk(), id, "rejection", "{}"), 400, "validation_failed", "reason");
        assertThat(post(api.clerk(), id, "rejection", "{\"reason\":\"перевищує ліміт\"}").statusCode()).isEqualTo(200);

        JsonNode project = awaitProject(id, view -> view.get("status").asText().equals("rejected"));
        assertThat(project.get("rejectionReason").asText()).isEqualTo("перевищує ліміт");
        api.assertProblem(post(api.clerk(), id, "admission", ""), 422, "invalid_transition", "status");
    }

    @Test
    void theListFiltersByProgramYearStatusSubmissionDayAndTextAndSortsBySubmissionDay() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String of2020 = submit(2020, "Сквер " + tag, "2019-11-01");
        String late = submit(2021, "Ліхтарі " + tag, "2020-10-05");
        String early = record(project(uniqueId(), 2021, "Лавки " + tag, "2020-10-01")
                .replace("}", ",\"status\":\"admitted\",\"votes\":40}"));

        api.eventually(() -> assertThat(ids("text=" + tag))
                .containsExactly(of2020, early, late));
        assertThat(ids("text=" + tag + "&programYear=2021")).containsExactly(early, late);
        assertThat(ids("text=" + tag + "&programYear=2020")).containsExactly(of2020);
        assertThat(ids("text=" + tag + "&status=admitted")).containsExactly(early);
        assertThat(ids("text=" + tag + "&from=2020-10-02&to=2020-10-31")).containsExactly(late);
        api.assertProblem(api.get(PROJECTS + "?programYear=next"), 400, "invalid_value", "programYear");
        api.assertProblem(api.get(PROJECTS + "?status=funded"), 400, "invalid_value", "status");
    }

    @Test
    void onlyAdminsCorrectAndWithdrawAndAWithdrawnProjectLeavesTheList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = submit(2021, "Сквер " + tag, "2021-03-10");
        String correction = "{\"programYear\":2022,\"submittedOn\":\"2021-03-10\",\"title\":\"Сквер " + tag + "\","
                + "\"status\":\"submitted\",\"reason\":\"не той рік програми\"}";

        api.assertProblem(post(api.clerk(), id, "correction", correction), 403, "forbidden");
        assertThat(post(api.admin(), id, "correction", correction).statusCode()).isEqualTo(200);
        JsonNode corrected = awaitProject(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("programYear").asInt()).isEqualTo(2022);
        assertThat(ids("text=" + tag + "&programYear=2022")).containsExactly(id);

        api.assertProblem(post(api.clerk(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}"), 403, "forbidden");
        assertThat(post(api.admin(), id, "withdrawal", "{\"reason\":\"внесено двічі\"}").statusCode()).isEqualTo(200);
        awaitProject(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("text=" + tag)).isEmpty();
        assertThat(ids("text=" + tag + "&status=withdrawn")).containsExactly(id);
        api.assertProblem(post(api.clerk(), id, "admission", ""), 422, "record_withdrawn");
    }

    @Test
    void aChangeMadeOnAStaleReadIsAVersionConflict() throws Exception {
        String id = submit(2021, "Сквер", "2021-03-10");
        awaitProject(id, view -> true);
        String etag = api.get(PROJECTS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(PROJECTS + "/" + id + "/admission", "", "If-Match", etag).statusCode())
                .isEqualTo(200);

        api.assertProblem(api.post(PROJECTS + "/" + id + "/voting-result", "{\"votes\":5}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
    }

    @Test
    void anImpossibleDateAWrongProgramYearAndVotesWithoutAVoteAreNamed() throws Exception {
        String id = uniqueId();
        api.assertProblem(api.post(PROJECTS, project(id, 2021, "Сквер", "2021-06-31")), 400,
                "invalid_value", "submittedOn");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isZero();

        api.assertProblem(api.post(PROJECTS, project(uniqueId(), 2010, "Сквер", "2021-03-10")), 422,
                "invalid_program_year", "programYear");
        api.assertProblem(api.post(PROJECTS, project(uniqueId(), 2021, "Сквер", "2021-03-10")
                .replace("}", ",\"votes\":5}")), 422, "status_mismatch", "votes");
        api.assertProblem(api.post(PROJECTS, project(uniqueId(), 2021, "Сквер", "2999-01-01")), 422,
                "date_in_future", "submittedOn");
        api.assertProblem(api.post(PROJECTS, "{\"submittedOn\":\"2021-03-10\",\"title\":\"Сквер\"}"),
                400, "validation_failed", "programYear");
    }

    @Test
    void aClerkOfAnotherCouncilCannotSeeOrChangeAProject() throws Exception {
        String id = submit(2021, "Лисичанський", "2021-03-10");
        awaitProject(id, view -> true);
        String nizhyn = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhyn, PROJECTS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhyn, PROJECTS + "/" + id + "/admission", ""), 404, "not_found", "id");
        assertThat(api.body(api.getAs(nizhyn, PROJECTS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anImportRecordsAPastWinnerWithItsStepsAndNamesTheBadLine() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String ndjson = "{\"type\":\"budget-project\",\"id\":\"" + good + "\",\"programYear\":2020,"
                + "\"submittedOn\":\"2019-10-01\",\"title\":\"Спортмайданчик\",\"status\":\"winner\",\"votes\":900}\n"
                + "{\"type\":\"budget-project\",\"id\":\"" + bad + "\",\"programYear\":2020,"
                + "\"submittedOn\":\"2019-10-01\",\"status\":\"winner\"}\n";

        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);

        JsonNode rejection = api.assertImported(response, 1, 1).get("rejections").get(0);
        assertRejection(rejection, 2, "budget-project", bad, "required", "title");
        JsonNode project = awaitProject(good, view -> view.get("version").asLong() == 3);
        assertThat(project.get("status").asText()).isEqualTo("winner");
        assertThat(project.get("votes").asInt()).isEqualTo(900);
        assertThat(eventStore.readEvents("lysychansk:" + bad).asStream().count()).isZero();
    }

    private String submit(int programYear, String title, String submittedOn) throws Exception {
        return record(project(uniqueId(), programYear, title, submittedOn));
    }

    private String record(String body) throws Exception {
        return api.create(PROJECTS, body);
    }

    private HttpResponse<String> post(String token, String id, String change, String body) throws Exception {
        return api.postAs(token, PROJECTS + "/" + id + "/" + change, body);
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(PROJECTS + "?size=100&" + query);
    }

    private JsonNode awaitProject(String id, Predicate<JsonNode> condition) {
        return api.await(PROJECTS + "/" + id, condition);
    }

    private static String project(String id, int programYear, String title, String submittedOn) {
        return "{\"id\":\"" + id + "\",\"programYear\":" + programYear + ",\"title\":\"" + title
                + "\",\"submittedOn\":\"" + submittedOn + "\"}";
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("pb");
    }
}
