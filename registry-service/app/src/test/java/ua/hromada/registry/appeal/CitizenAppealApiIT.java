package ua.hromada.registry.appeal;

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
 * The register of citizens' appeals through real HTTP with real signed tokens: receipt, resolution, lists by
 * channel, corrections and withdrawals by admins, If-Match, and import lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class CitizenAppealApiIT {

    private static final String APPEALS = "/api/registry/citizen-appeals";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aReceivedAppealIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"web_portal\","
                + "\"receivedOn\":\"2021-02-03\",\"topic\":\"Вуличне освітлення\",\"applicantName\":\"Коваленко\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(APPEALS + "/" + id));
        JsonNode appeal = awaitAppeal(id, view -> true);
        assertThat(appeal.get("channel").asText()).isEqualTo("web_portal");
        assertThat(appeal.get("receivedOn").asText()).isEqualTo("2021-02-03");
        assertThat(appeal.get("topic").asText()).isEqualTo("Вуличне освітлення");
        assertThat(appeal.get("applicantName").asText()).isEqualTo("Коваленко");
        assertThat(appeal.get("status").asText()).isEqualTo("received");
        assertThat(appeal.get("resolvedOn").isNull()).isTrue();
        assertThat(api.get(APPEALS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();

        assertThat(api.post(APPEALS, appeal(id, "phone", "2021-02-03")).statusCode()).isEqualTo(201);
        assertThat(api.post(APPEALS, appeal(id, "phone", "2021-02-03")).statusCode()).isEqualTo(200);
        api.assertProblem(api.post(APPEALS, appeal(id, "email", "2021-02-03")), 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aClerkResolvesAnAppealOnce() throws Exception {
        String id = receive("phone", "2021-02-03");

        assertThat(api.post(APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}")
                .statusCode()).isEqualTo(200);

        JsonNode resolved = awaitAppeal(id, view -> view.get("version").asLong() == 1);
        assertThat(resolved.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.get("resolvedOn").asText()).isEqualTo("2021-02-10");
        api.assertProblem(api.post(APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-11\"}"), 422,
                "already_resolved", "resolvedOn");
    }

    @Test
    void aHistoricalAppealArrivesResolved() throws Exception {
        String id = uniqueId();

        assertThat(api.post(APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"facebook\","
                + "\"receivedOn\":\"2021-02-03\",\"resolvedOn\":\"2021-02-05\"}").statusCode()).isEqualTo(201);

        JsonNode appeal = awaitAppeal(id, view -> view.get("version").asLong() == 1);
        assertThat(appeal.get("status").asText()).isEqualTo("resolved");
        assertThat(appeal.get("resolvedOn").asText()).isEqualTo("2021-02-05");
    }

    @Test
    void listsFilterByChannelAsKindStatusDatesAndText() throws Exception {
        String marker = "Тема " + UUID.randomUUID();
        String phone = uniqueId();
        String portal = uniqueId();
        String olderPhone = uniqueId();
        api.post(APPEALS, withTopic(phone, "phone", "2021-02-02", marker, "2021-02-04"));
        api.post(APPEALS, withTopic(portal, "web_portal", "2021-02-01", marker, null));
        api.post(APPEALS, withTopic(olderPhone, "phone", "2020-12-31", marker, null));
        String text = "&text=" + encode(marker.toUpperCase());

        api.eventually(() -> assertThat(ids("?size=100" + text))
                .containsExactly(olderPhone, portal, phone));
        assertThat(ids("?kind=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?channel=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?channel=phone&kind=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?status=resolved" + text)).containsExactly(phone);
        assertThat(ids("?status=received&from=2021-01-01&to=2021-02-28" + text)).containsExactly(portal);
        api.assertProblem(api.get(APPEALS + "?channel=phone&kind=email"), 400, "invalid_value", "channel");
        api.assertProblem(api.get(APPEALS + "?channel=pigeon"), 400, "invalid_value", "channel");
        api.assertProblem(api.get(APPEALS + "?kind=pigeon"), 400, "invalid_value", "kind");
    }

    @Test
    void onlyAdminsCorrectOrWithdraw() throws Exception {
        String id = receive("phone", "2021-02-03");
        String correction = "{\"channel\":\"email\",\"receivedOn\":\"2021-02-02\",\"topic\":\"Освітлення\","
                + "\"reason\":\"канал і дата\"}";

        api.assertProblem(api.post(APPEALS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(api.post(APPEALS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        assertThat(api.postAs(api.admin(), APPEALS + "/" + id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitAppeal(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("channel").asText()).isEqualTo("email");
        assertThat(corrected.get("receivedOn").asText()).isEqualTo("2021-02-02");
        assertThat(corrected.get("topic").asText()).isEqualTo("Освітлення");

        assertThat(api.postAs(api.admin(), APPEALS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);
        assertThat(awaitAppeal(id, view -> view.get("status").asText().equals("withdrawn")).get("version").asLong())
                .isEqualTo(2);
        assertThat(ids("?status=withdrawn&text=" + encode("Освітлення") + "&size=100")).contains(id);
        api.assertProblem(api.post(APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = receive("phone", "2021-02-03");
        awaitAppeal(id, view -> true);
        String etag = api.get(APPEALS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(api.postAs(api.admin(), APPEALS + "/" + id + "/correction",
                "{\"channel\":\"email\",\"receivedOn\":\"2021-02-03\",\"reason\":\"канал\"}", "If-Match", etag)
                .statusCode()).isEqualTo(200);

        api.assertProblem(api.post(APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
        assertThat(awaitAppeal(id, view -> view.get("version").asLong() == 1).get("status").asText())
                .isEqualTo("received");
    }

    @Test
    void anImpossibleDateIsNamedAndNothingIsStored() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.post(APPEALS, appeal(id, "phone", "2021-06-31")), 400, "invalid_value",
                "receivedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
    }

    @Test
    void reversedDatesAreNamed() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.post(APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"phone\","
                + "\"receivedOn\":\"2021-02-03\",\"resolvedOn\":\"2021-02-02\"}"), 422, "dates_out_of_order",
                "resolvedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("phone", "2021-02-03");
        api.assertProblem(api.post(APPEALS + "/" + existing + "/resolution", "{\"resolvedOn\":\"2021-02-01\"}"),
                422, "dates_out_of_order", "resolvedOn");
        api.assertProblem(api.get(APPEALS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(api.post(APPEALS, "{}"));

        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("channel",
                "receivedOn");
    }

    @Test
    void anotherCouncilFindsNothing() throws Exception {
        String id = receive("phone", "2021-02-03");
        awaitAppeal(id, view -> true);
        String nizhyn = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhyn, APPEALS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhyn, APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}"),
                404, "not_found", "id");
        assertThat(api.body(api.getAs(nizhyn, APPEALS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void anImportRecordsItsGoodLinesAndNamesTheBadOnes() throws Exception {
        String good = uniqueId();
        String bad = uniqueId();
        String lines = "{\"type\":\"citizen-appeal\",\"id\":\"" + good + "\",\"channel\":\"phone\","
                + "\"receivedOn\":\"2021-02-03\",\"topic\":\"Вивіз сміття\",\"resolvedOn\":\"2021-02-04\"}\n"
                + "{\"type\":\"citizen-appeal\",\"id\":\"" + bad + "\",\"channel\":\"pigeon\","
                + "\"receivedOn\":\"2021-02-03\"}\n";

        HttpResponse<String> response = api.importAs(api.clerk(), lines);

        assertRejection(api.assertImported(response, 1, 1).get("rejections").get(0), 2, "citizen-appeal", bad,
                "invalid_value", "channel");
        JsonNode imported = awaitAppeal(good, view -> view.get("version").asLong() == 1);
        assertThat(imported.get("status").asText()).isEqualTo("resolved");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();
    }

    private String receive(String channel, String receivedOn) throws Exception {
        return api.create(APPEALS, appeal(uniqueId(), channel, receivedOn));
    }

    private static String appeal(String id, String channel, String receivedOn) {
        return "{\"id\":\"" + id + "\",\"channel\":\"" + channel + "\",\"receivedOn\":\"" + receivedOn + "\"}";
    }

    private static String withTopic(String id, String channel, String receivedOn, String topic, String resolvedOn) {
        return "{\"id\":\"" + id + "\",\"channel\":\"" + channel + "\",\"receivedOn\":\"" + receivedOn
                + "\",\"topic\":\"" + topic + "\""
                + (resolvedOn == null ? "" : ",\"resolvedOn\":\"" + resolvedOn + "\"") + "}";
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(APPEALS + query);
    }

    private JsonNode awaitAppeal(String id, Predicate<JsonNode> condition) {
        return api.await(APPEALS + "/" + id, condition);
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("appeal");
    }
}
