package ua.hromada.registry.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.testing.WithEmbeddedMongo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
class OrganisationApiIT {

    private static final String ORGANISATIONS = "/api/registry/organisations";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private MongoClient mongoClient;

    @Autowired
    private MongoProperties mongoProperties;

    @Test
    void registeredOrganisationCanBeReadBack() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")
                .replace("}", ", \"code\": \"12345678\"}"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ORGANISATIONS + "/" + id));
        JsonNode organisation = awaitOrganisation(id);
        assertThat(organisation.get("id").asText()).isEqualTo(id);
        assertThat(organisation.get("kind").asText()).isEqualTo("ngo");
        assertThat(organisation.get("name").asText()).isEqualTo("Світанок");
        assertThat(organisation.get("registeredOn").asText()).isEqualTo("2019-05-14");
        assertThat(organisation.get("code").asText()).isEqualTo("12345678");
    }

    @Test
    void withoutAnIdTheServiceChoosesOne() throws Exception {
        HttpResponse<String> created = post(ORGANISATIONS,
                "{\"kind\": \"charity\", \"name\": \"Надія\", \"registeredOn\": \"2020-02-01\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = body(created).get("id").asText();
        assertThat(id).isNotBlank();
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo("Надія");
    }

    @Test
    void eventsCarryTheTenantAndUserOfThePreSsoStack() throws Exception {
        String id = uniqueId();

        assertThat(post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")).statusCode())
                .isEqualTo(201);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMetaData()).containsEntry("tenant", "lysychansk")
                .containsEntry("user", "anonymous");
        awaitOrganisation(id);
        Document stored = directory().find(Filters.eq("organisationId", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenant")).isEqualTo("lysychansk");
    }

    @Test
    void identicalRepeatAnswers200AndRecordsNothingNew() throws Exception {
        String id = uniqueId();
        String request = organisation(id, "religious", "Парафія", "2001-09-01");

        assertThat(post(ORGANISATIONS, request).statusCode()).isEqualTo(201);
        HttpResponse<String> repeated = post(ORGANISATIONS, request);

        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(body(repeated).get("id").asText()).isEqualTo(id);
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void idempotencyKeyMakesARetryWithoutIdHarmless() throws Exception {
        String request = "{\"kind\": \"ngo\", \"name\": \"Ключ\", \"registeredOn\": \"2018-03-03\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(HttpRequest.newBuilder(uri(ORGANISATIONS))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(request)).build());
        HttpResponse<String> retry = send(HttpRequest.newBuilder(uri(ORGANISATIONS))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(request)).build());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(body(retry).get("id")).isEqualTo(body(first).get("id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflictNamingTheId() throws Exception {
        String id = uniqueId();
        assertThat(post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")).statusCode())
                .isEqualTo(201);

        HttpResponse<String> conflicting = post(ORGANISATIONS, organisation(id, "ngo", "Схід", "2019-05-14"));

        assertProblem(conflicting, 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void listsOrganisationsOfOneKind() throws Exception {
        String cell = uniqueId();
        String parish = uniqueId();
        post(ORGANISATIONS, organisation(cell, "party_cell", "Осередок " + cell, "2015-10-01")
                .replace("}", ", \"party\": \"Партія\"}"));
        post(ORGANISATIONS, organisation(parish, "religious", "Парафія " + parish, "2003-04-20"));

        await().atMost(PROJECTION_DELAY).untilAsserted(() -> {
            HttpResponse<String> cells = get(ORGANISATIONS + "?kind=party_cell&page=0&size=100");
            assertThat(cells.statusCode()).isEqualTo(200);
            JsonNode page = body(cells);
            assertThat(page.get("items").findValuesAsText("id")).contains(cell).doesNotContain(parish);
            assertThat(page.get("items").findValuesAsText("kind")).containsOnly("party_cell");
            assertThat(page.get("page").asInt()).isZero();
            assertThat(page.get("size").asInt()).isEqualTo(100);
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void unknownKindInTheQueryIsNamed() throws Exception {
        assertProblem(get(ORGANISATIONS + "?kind=club"), 400, "invalid_value", "kind");
    }

    @Test
    void pageSizeOutOfRangeIsNamed() throws Exception {
        assertProblem(get(ORGANISATIONS + "?size=1000"), 400, "validation_failed", "size");
    }

    @Test
    void unknownIdIs404Problem() throws Exception {
        assertProblem(get(ORGANISATIONS + "/" + uniqueId()), 404, "not_found", "id");
    }

    @Test
    void missingNameIsNamed() throws Exception {
        HttpResponse<String> response = post(ORGANISATIONS,
                "{\"id\": \"" + uniqueId() + "\", \"kind\": \"ngo\", \"registeredOn\": \"2019-05-14\"}");

        assertProblem(response, 400, "validation_failed", "name");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() throws Exception {
        JsonNode problem = body(post(ORGANISATIONS, "{}"));

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "name",
                "registeredOn");
    }

    @Test
    void impossibleDateIsNamedAndNothingIsStored() throws Exception {
        String rejected = uniqueId();

        HttpResponse<String> response = post(ORGANISATIONS, organisation(rejected, "ngo", "Світанок", "2021-06-31"));

        assertProblem(response, 400, "invalid_value", "registeredOn");
        assertThat(eventStore.readEvents(rejected).asStream().count()).isZero();
        // The directory follows the event store in order: once a later registration shows, an earlier one would have.
        String later = uniqueId();
        assertThat(post(ORGANISATIONS, organisation(later, "ngo", "Пізніша", "2021-06-30")).statusCode())
                .isEqualTo(201);
        awaitOrganisation(later);
        assertThat(get(ORGANISATIONS + "/" + rejected).statusCode()).isEqualTo(404);
    }

    @Test
    void futureRegistrationDateBreaksABusinessRule() throws Exception {
        HttpResponse<String> response = post(ORGANISATIONS, organisation(uniqueId(), "ngo", "Завтрашня", "2999-01-01"));

        assertProblem(response, 422, "registered_in_future", "registeredOn");
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        HttpResponse<String> response = post(ORGANISATIONS, "{\"kind\": \"ngo\", \"name\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(body(response).get("code").asText()).isEqualTo("malformed_json");
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        HttpResponse<String> response = post(ORGANISATIONS, organisation(uniqueId(), "ngo", "Світанок", "2019-05-14")
                .replace("}", ", \"nmae\": \"Світанок\"}"));

        assertProblem(response, 400, "unknown_field", "nmae");
    }

    @Test
    void queryOperatorAsANameIsStoredVerbatim() throws Exception {
        String id = uniqueId();
        String name = "{\"$gt\": \"\"}";

        HttpResponse<String> created = post(ORGANISATIONS, "{\"id\": \"" + id + "\", \"kind\": \"other\", \"name\": "
                + json.writeValueAsString(name) + ", \"registeredOn\": \"2019-05-14\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo(name);
        Document stored = directory().find(Filters.eq("organisationId", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("name")).isEqualTo(name);
    }

    @Test
    void queryOperatorAsANameObjectIsRejected() throws Exception {
        HttpResponse<String> response = post(ORGANISATIONS, "{\"id\": \"" + uniqueId()
                + "\", \"kind\": \"other\", \"name\": {\"$gt\": \"\"}, \"registeredOn\": \"2019-05-14\"}");

        assertProblem(response, 400, "invalid_value", "name");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(body(health).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsIncludingTheProjectionLagArePublishedForPrometheus() throws Exception {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Accept", "text/plain").GET().build());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                .contains("eventProcessor_latency{application=\"registry-service\",processorName=\"organisation-directory\"}");
    }

    @Test
    void openApiDescriptionListsTheOrganisationEndpoints() throws Exception {
        HttpResponse<String> apiDocs = get("/api/registry/v3/api-docs");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(body(apiDocs).get("paths").has(ORGANISATIONS)).isTrue();
        assertThat(body(apiDocs).get("paths").has(ORGANISATIONS + "/{id}")).isTrue();
    }

    private JsonNode awaitOrganisation(String id) {
        return await().atMost(PROJECTION_DELAY).until(() -> {
            HttpResponse<String> response = get(ORGANISATIONS + "/" + id);
            return response.statusCode() == 200 ? body(response) : null;
        }, organisation -> organisation != null);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code, String field)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
    }

    private com.mongodb.client.MongoCollection<Document> directory() {
        return mongoClient.getDatabase(mongoProperties.getMongoClientDatabase())
                .getCollection(OrganisationDirectoryProjection.COLLECTION);
    }

    private static String organisation(String id, String kind, String name, String registeredOn) {
        return "{\"id\": \"" + id + "\", \"kind\": \"" + kind + "\", \"name\": \"" + name
                + "\", \"registeredOn\": \"" + registeredOn + "\"}";
    }

    private static String uniqueId() {
        return "org-" + UUID.randomUUID();
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
