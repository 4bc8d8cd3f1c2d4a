package ua.hromada.registry.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryApi.encode;

/**
 * An organisation's life through HTTP: amended, renamed, liquidated by clerks; corrected and withdrawn by admins
 * only; counted as of a day; and two clerks changing it from the same read: one wins, the other is told (409).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class OrganisationLifecycleIT {

    private static final String ORGANISATIONS = "/api/registry/organisations";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Test
    void clerksAmendRenameAndLiquidateAndTheRecordShowsEachStep() throws Exception {
        String id = register("ngo", "Світанок", "2019-05-14");

        assertThat(post(api.clerk(), id + "/amendment", "{\"code\":\"87654321\",\"amendedOn\":\"2020-01-10\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(api.clerk(), id + "/renaming", "{\"name\":\"Світанок-Схід\",\"renamedOn\":\"2020-06-01\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(api.clerk(), id + "/liquidation", "{\"liquidatedOn\":\"2021-03-01\"}").statusCode())
                .isEqualTo(200);

        JsonNode organisation = awaitOrganisation(id, view -> view.get("version").asLong() == 3);
        assertThat(organisation.get("name").asText()).isEqualTo("Світанок-Схід");
        assertThat(organisation.get("code").asText()).isEqualTo("87654321");
        assertThat(organisation.get("liquidatedOn").asText()).isEqualTo("2021-03-01");
        assertThat(organisation.get("status").asText()).isEqualTo("liquidated");
        api.assertProblem(post(api.clerk(), id + "/liquidation", "{\"liquidatedOn\":\"2021-04-01\"}"), 422,
                "already_liquidated", "liquidatedOn");
    }

    @Test
    void aLiquidationBeforeTheRegistrationOrOnAnImpossibleDayIsNamedAndChangesNothing() throws Exception {
        String id = register("ngo", "Світанок", "2019-05-14");

        api.assertProblem(post(api.clerk(), id + "/liquidation", "{\"liquidatedOn\":\"2019-05-13\"}"), 422,
                "dates_out_of_order", "liquidatedOn");
        api.assertProblem(post(api.clerk(), id + "/liquidation", "{\"liquidatedOn\":\"2021-06-31\"}"), 400,
                "invalid_value", "liquidatedOn");
        api.assertProblem(post(api.clerk(), id + "/liquidation", "{}"), 400, "validation_failed", "liquidatedOn");
        assertThat(awaitOrganisation(id, view -> true).get("status").asText()).isEqualTo("active");
    }

    @Test
    void countsAsOfADayFollowRegistrationsLiquidationsCorrectionsAndWithdrawals() throws Exception {
        String kind = "religious";
        long before = count(kind, "2021-12-31");
        String first = register(kind, "Парафія 1", "2020-01-15");
        String second = register(kind, "Парафія 2", "2021-07-01");
        post(api.clerk(), second + "/liquidation", "{\"liquidatedOn\":\"2021-11-30\"}");

        awaitCount(kind, "2021-06-30", before + 1);
        awaitCount(kind, "2021-07-01", before + 2);
        awaitCount(kind, "2021-11-30", before + 1);

        assertThat(post(api.admin(), first + "/correction", "{\"kind\":\"religious\",\"name\":\"Парафія 1\","
                + "\"registeredOn\":\"2021-02-01\",\"reason\":\"рік зареєстровано з помилкою\"}").statusCode())
                .isEqualTo(200);
        awaitCount(kind, "2021-01-31", before);
        assertThat(post(api.admin(), first + "/withdrawal", "{\"reason\":\"внесено помилково\"}").statusCode())
                .isEqualTo(200);
        awaitCount(kind, "2021-12-31", before);
        api.assertProblem(api.get(ORGANISATIONS + "/count?kind=church"), 400, "invalid_value", "kind");
    }

    @Test
    void onlyAdminsCorrectOrWithdrawAndEachNeedsAReason() throws Exception {
        String id = register("ngo", "Світанок", "2019-05-14");
        String correction = "{\"kind\":\"charity\",\"name\":\"Світанок\",\"registeredOn\":\"2019-05-14\","
                + "\"reason\":\"вид організації\"}";

        api.assertProblem(post(api.clerk(), id + "/correction", correction), 403, "forbidden");
        api.assertProblem(post(api.clerk(), id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403, "forbidden");
        api.assertProblem(post(api.admin(), id + "/withdrawal", "{\"reason\":\" \"}"), 400, "validation_failed",
                "reason");
        assertThat(post(api.admin(), id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitOrganisation(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("kind").asText()).isEqualTo("charity");
    }

    @Test
    void aWithdrawnRecordLeavesTheListButStaysReadableAndRefusesChanges() throws Exception {
        String name = "Помилкова " + UUID.randomUUID();
        String id = register("other", name, "2019-05-14");
        post(api.admin(), id + "/withdrawal", "{\"reason\":\"внесено двічі\"}");

        awaitOrganisation(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(api.body(api.get(ORGANISATIONS + "?text=" + encode(name))).get("total").asLong())
                .isZero();
        assertThat(api.body(api.get(ORGANISATIONS + "?status=withdrawn&text=" + encode(name)))
                .get("total").asLong()).isEqualTo(1);
        api.assertProblem(post(api.clerk(), id + "/renaming", "{\"name\":\"Нова\",\"renamedOn\":\"2020-01-01\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void twoClerksChangingTheSameReadOneWinsTheOtherIsToldAndNothingIsLost() throws Exception {
        String id = register("ngo", "Світанок", "2019-05-14");
        awaitOrganisation(id, view -> true);
        HttpResponse<String> read = api.get(ORGANISATIONS + "/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");

        ExecutorService clerks = Executors.newFixedThreadPool(2);
        List<Callable<HttpResponse<String>>> changes = List.of(
                () -> api.post(ORGANISATIONS + "/" + id + "/renaming",
                        "{\"name\":\"Світанок-1\",\"renamedOn\":\"2020-06-01\"}", "If-Match", etag),
                () -> api.post(ORGANISATIONS + "/" + id + "/renaming",
                        "{\"name\":\"Світанок-2\",\"renamedOn\":\"2020-06-02\"}", "If-Match", etag));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : clerks.invokeAll(changes)) {
            answers.add(answer.get());
        }
        clerks.shutdown();

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst()
                .orElseThrow();
        api.assertProblem(refused, 409, "version_conflict", "If-Match");
        String winner = answers.get(0).statusCode() == 200 ? "Світанок-1" : "Світанок-2";
        JsonNode organisation = awaitOrganisation(id, view -> view.get("version").asLong() == 1);
        assertThat(organisation.get("name").asText()).isEqualTo(winner);
        api.assertProblem(api.post(ORGANISATIONS + "/" + id + "/renaming",
                "{\"name\":\"Світанок-3\",\"renamedOn\":\"2020-06-03\"}", "If-Match", "yesterday"), 400,
                "invalid_value", "If-Match");
    }

    private String register(String kind, String name, String registeredOn) throws Exception {
        return api.create(ORGANISATIONS, "{\"id\":\"" + RegistryApi.uniqueId("org") + "\",\"kind\":\"" + kind
                + "\",\"name\":\"" + name + "\",\"registeredOn\":\"" + registeredOn + "\"}");
    }

    private HttpResponse<String> post(String token, String path, String body) throws Exception {
        return api.postAs(token, ORGANISATIONS + "/" + path, body);
    }

    private long count(String kind, String asOf) throws Exception {
        return api.countAs(api.clerk(), ORGANISATIONS + "/count?kind=" + kind + "&asOf=" + asOf);
    }

    private void awaitCount(String kind, String asOf, long expected) {
        api.eventually(() -> assertThat(count(kind, asOf)).as("as of " + asOf).isEqualTo(expected));
    }

    private JsonNode awaitOrganisation(String id, Predicate<JsonNode> condition) {
        return api.await(ORGANISATIONS + "/" + id, condition);
    }
}
