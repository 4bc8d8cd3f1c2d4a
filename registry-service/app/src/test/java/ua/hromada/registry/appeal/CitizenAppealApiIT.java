package ua.hromada.registry.appeal;

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
 * The register of citizens' appeals through real HTTP with real signed tokens: receipt, resolution, lists by
 * channel, corrections and withdrawals by admins, If-Match, and import lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class CitizenAppealApiIT {

    private static final String APPEALS = "/api/registry/citizen-appeals";
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
    void aReceivedAppealIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = post(clerk(), APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"web_portal\","
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
        assertThat(api.getAs(clerk(), APPEALS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheSameIdIs409() throws Exception {
        String id = uniqueId();

        assertThat(post(clerk(), APPEALS, appeal(id, "phone", "2021-02-03")).statusCode()).isEqualTo(201);
        assertThat(post(clerk(), APPEALS, appeal(id, "phone", "2021-02-03")).statusCode()).isEqualTo(200);
        api.assertProblem(post(clerk(), APPEALS, appeal(id, "email", "2021-02-03")), 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aClerkResolvesAnAppealOnce() throws Exception {
        String id = receive("phone", "2021-02-03");

        assertThat(post(clerk(), APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}")
                .statusCode()).isEqualTo(200);

        JsonNode resolved = awaitAppeal(id, view -> view.get("version").asLong() == 1);
        assertThat(resolved.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.get("resolvedOn").asText()).isEqualTo("2021-02-10");
        api.assertProblem(post(clerk(), APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-11\"}"), 422,
                "already_resolved", "resolvedOn");
    }

    @Test
    void aHistoricalAppealArrivesResolved() throws Exception {
        String id = uniqueId();

        assertThat(post(clerk(), APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"facebook\","
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
        post(clerk(), APPEALS, withTopic(phone, "phone", "2021-02-02", marker, "2021-02-04"));
        post(clerk(), APPEALS, withTopic(portal, "web_portal", "2021-02-01", marker, null));
        post(clerk(), APPEALS, withTopic(olderPhone, "phone", "2020-12-31", marker, null));
        String text = "&text=" + encode(marker.toUpperCase());

        await().atMost(PROJECTION_DELAY).untilAsserted(() -> assertThat(ids("?size=100" + text))
                .containsExactly(olderPhone, portal, phone));
        assertThat(ids("?kind=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?channel=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?channel=phone&kind=phone" + text)).containsExactly(olderPhone, phone);
        assertThat(ids("?status=resolved" + text)).containsExactly(phone);
        assertThat(ids("?status=received&from=2021-01-01&to=2021-02-28" + text)).containsExactly(portal);
        api.assertProblem(get(APPEALS + "?channel=phone&kind=email"), 400, "invalid_value", "channel");
        api.assertProblem(get(APPEALS + "?channel=pigeon"), 400, "invalid_value", "channel");
        api.assertProblem(get(APPEALS + "?kind=pigeon"), 400, "invalid_value", "kind");
    }

    @Test
    void onlyAdminsCorrectOrWithdraw() throws Exception {
        String id = receive("phone", "2021-02-03");
        String correction = "{\"channel\":\"email\",\"receivedOn\":\"2021-02-02\",\"topic\":\"Освітлення\","
                + "\"reason\":\"канал і дата\"}";

        api.assertProblem(post(clerk(), APPEALS + "/" + id + "/correction", correction), 403, "forbidden");
        api.assertProblem(post(clerk(), APPEALS + "/" + id + "/withdrawal", "{\"reason\":\"помилка\"}"), 403,
                "forbidden");
        assertThat(post(admin(), APPEALS + "/" + id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitAppeal(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("channel").asText()).isEqualTo("email");
        assertThat(corrected.get("receivedOn").asText()).isEqualTo("2021-02-02");
        assertThat(corrected.get("topic").asText()).isEqualTo("Освітлення");

        assertThat(post(admin(), APPEALS + "/" + id + "/withdrawal", "{\"reason\":\"зареєстровано двічі\"}")
                .statusCode()).isEqualTo(200);
        assertThat(awaitAppeal(id, view -> view.get("status").asText().equals("withdrawn")).get("version").asLong())
                .isEqualTo(2);
        assertThat(ids("?status=withdrawn&text=" + encode("Освітлення") + "&size=100")).contains(id);
        api.assertProblem(post(clerk(), APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void aChangeFromAStaleReadIsRefusedWithVersionConflict() throws Exception {
        String id = receive("phone", "2021-02-03");
        awaitAppeal(id, view -> true);
        String etag = api.getAs(clerk(), APPEALS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(post(admin(), APPEALS + "/" + id + "/correction",
                "{\"channel\":\"email\",\"receivedOn\":\"2021-02-03\",\"reason\":\"канал\"}", "If-Match", etag)
                .statusCode()).isEqualTo(200);

        api.assertProblem(post(clerk(), APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}",
                "If-Match", etag), 409, "version_conflict", "If-Match");
        assertThat(awaitAppeal(id, view -> view.get("version").asLong() == 1).get("status").asText())
                .isEqualTo("received");
    }

    @Test
    void anImpossibleDateIsNamedAndNothingIsStored() throws Exception {
        String id = uniqueId();

        api.assertProblem(post(clerk(), APPEALS, appeal(id, "phone", "2021-06-31")), 400, "invalid_value",
                "receivedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
    }

    @Test
    void reversedDatesAreNamed() throws Exception {
        String id = uniqueId();

        api.assertProblem(post(clerk(), APPEALS, "{\"id\":\"" + id + "\",\"channel\":\"phone\","
                + "\"receivedOn\":\"2021-02-03\",\"resolvedOn\":\"2021-02-02\"}"), 422, "dates_out_of_order",
                "resolvedOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
        String existing = receive("phone", "2021-02-03");
        api.assertProblem(post(clerk(), APPEALS + "/" + existing + "/resolution", "{\"resolvedOn\":\"2021-02-01\"}"),
                422, "dates_out_of_order", "resolvedOn");
        api.assertProblem(get(APPEALS + "?from=2021-02-01&to=2021-01-01"), 400, "dates_out_of_order", "to");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        JsonNode problem = api.body(post(clerk(), APPEALS, "{}"));

        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("channel",
                "receivedOn");
    }

    @Test
    void anotherCouncilFindsNothing() throws Exception {
        String id = receive("phone", "2021-02-03");
        awaitAppeal(id, view -> true);
        String nizhyn = issuer.tokenFor("nizhyn-clerk", "nizhyn", "clerk");

        api.assertProblem(api.getAs(nizhyn, APPEALS + "/" + id), 404, "not_found", "id");
        api.assertProblem(post(nizhyn, APPEALS + "/" + id + "/resolution", "{\"resolvedOn\":\"2021-02-10\"}"), 404,
                "not_found", "id");
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

        HttpResponse<String> response = importLines(clerk(), lines);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = api.body(response);
        assertThat(result.get("accepted").asLong()).isEqualTo(1);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        JsonNode rejection = result.get("rejections").get(0);
        assertThat(rejection.get("line").asLong()).isEqualTo(2);
        assertThat(rejection.get("type").asText()).isEqualTo("citizen-appeal");
        assertThat(rejection.get("id").asText()).isEqualTo(bad);
        assertThat(rejection.get("code").asText()).isEqualTo("invalid_value");
        assertThat(rejection.get("field").asText()).isEqualTo("channel");
        assertThat(rejection.get("reason").asText()).isNotBlank();
        JsonNode imported = awaitAppeal(good, view -> view.get("version").asLong() == 1);
        assertThat(imported.get("status").asText()).isEqualTo("resolved");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + bad).asStream().count()).isZero();
    }

    private String receive(String channel, String receivedOn) throws Exception {
        String id = uniqueId();
        HttpResponse<String> response = post(clerk(), APPEALS, appeal(id, channel, receivedOn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
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
        HttpResponse<String> response = get(APPEALS + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response).get("items").findValuesAsText("id");
    }

    private JsonNode awaitAppeal(String id, Predicate<JsonNode> condition) {
        return await().atMost(PROJECTION_DELAY).until(() -> {
            HttpResponse<String> response = api.getAs(clerk(), APPEALS + "/" + id);
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
        return "appeal-" + UUID.randomUUID();
    }

    /** Minted per request: the issuer's tokens live five minutes, longer than any test but not than every run. */
    private String clerk() {
        return issuer.tokenFor("lysychansk-clerk", LYSYCHANSK, "clerk");
    }

    private String admin() {
        return issuer.tokenFor("lysychansk-admin", LYSYCHANSK, "admin");
    }
}
