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
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryApi.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryApi.NIZHYN;

/**
 * The register through real HTTP with real signed tokens: every request carries a token of {@link TestJwtIssuer},
 * which the service verifies against the issuer's published keys as it would Keycloak's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class OrganisationApiIT {

    private static final String ORGANISATIONS = "/api/registry/organisations";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private MongoClient mongoClient;

    @Autowired
    private MongoProperties mongoProperties;

    @Test
    void registeredOrganisationCanBeReadBack() throws Exception {
        String id = uniqueId();

        HttpResponse<String> created = api.post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")
                .replace("}", ", \"code\": \"12345678\"}"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
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
        HttpResponse<String> created = api.post(ORGANISATIONS,
                "{\"kind\": \"charity\", \"name\": \"Надія\", \"registeredOn\": \"2020-02-01\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = api.body(created).get("id").asText();
        assertThat(id).isNotBlank();
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo("Надія");
    }

    @Test
    void eventsCarryTheTenantAndUserOfTheTokenAndTheTenantScopedId() throws Exception {
        String id = uniqueId();

        assertThat(api.post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")).statusCode())
                .isEqualTo(201);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getAggregateIdentifier()).isEqualTo("lysychansk:" + id);
        assertThat(events.get(0).getMetaData()).containsEntry("tenant", "lysychansk")
                .containsEntry("user", "lysychansk-clerk");
        assertThat(eventStore.readEvents(id).asStream().count()).as("no unscoped stream").isZero();
        awaitOrganisation(id);
        Document stored = directory().find(Filters.eq("clientId", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenant")).isEqualTo("lysychansk");
    }

    @Test
    void withoutATokenTheRegisterAnswers401() throws Exception {
        String id = uniqueId();

        api.assertProblem(api.postAs(null, ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")), 401,
                "unauthenticated");
        api.assertProblem(api.getAs(null, ORGANISATIONS), 401, "unauthenticated");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String expired = api.issuer().token().user("lysychansk-clerk").tenant(LYSYCHANSK).roles("clerk").expired()
                .sign();

        HttpResponse<String> refused = api.getAs(expired, ORGANISATIONS);

        api.assertProblem(refused, 401, "unauthenticated");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void aForgedTokenIs401() throws Exception {
        String forged = api.issuer().token().user("lysychansk-admin").tenant(LYSYCHANSK).roles("admin")
                .signedByForeignKey().sign();
        String id = uniqueId();

        api.assertProblem(api.postAs(forged, ORGANISATIONS, organisation(id, "ngo", "Підробка", "2019-05-14")), 401,
                "unauthenticated");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isZero();
    }

    @Test
    void aTokenForAnotherAudienceIs401() throws Exception {
        String forTheAccountConsole = api.issuer().token().user("lysychansk-clerk").tenant(LYSYCHANSK).roles("clerk")
                .audience("account").sign();

        api.assertProblem(api.getAs(forTheAccountConsole, ORGANISATIONS), 401, "unauthenticated");
    }

    @Test
    void aTokenOfAnotherIssuerIs401() throws Exception {
        String otherRealm = api.issuer().token().user("lysychansk-clerk").tenant(LYSYCHANSK).roles("clerk")
                .issuer("http://127.0.0.1:8180/realms/master").sign();

        api.assertProblem(api.getAs(otherRealm, ORGANISATIONS), 401, "unauthenticated");
    }

    @Test
    void aClerkOfAnotherCouncilCannotSeeAnOrganisationEvenWithItsId() throws Exception {
        String id = uniqueId();
        assertThat(api.post(ORGANISATIONS, organisation(id, "ngo", "Лисичанська", "2019-05-14")).statusCode())
                .isEqualTo(201);
        awaitOrganisation(id);

        api.assertProblem(api.getAs(api.nizhynClerk(), ORGANISATIONS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.getAs(api.nizhynClerk(), ORGANISATIONS + "/" + LYSYCHANSK + ":" + id), 404,
                "not_found", "id");
        JsonNode nizhynsList = api.body(api.getAs(api.nizhynClerk(), ORGANISATIONS + "?size=100"));
        assertThat(nizhynsList.get("items").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void theSameClientIdInTwoCouncilsIsTwoRecords() throws Exception {
        String id = uniqueId();

        HttpResponse<String> inLysychansk = api.post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14"));
        HttpResponse<String> inNizhyn = api.postAs(api.nizhynClerk(), ORGANISATIONS,
                organisation(id, "charity", "Надія", "2020-02-01"));

        assertThat(inLysychansk.statusCode()).isEqualTo(201);
        assertThat(inNizhyn.statusCode()).as(inNizhyn.body()).isEqualTo(201);
        assertThat(api.body(inNizhyn).get("id").asText()).isEqualTo(id);
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo("Світанок");
        assertThat(awaitOrganisation(api.nizhynClerk(), id).get("name").asText()).isEqualTo("Надія");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
        assertThat(eventStore.readEvents(NIZHYN + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyInTwoCouncilsIsTwoRecords() throws Exception {
        String request = "{\"kind\": \"ngo\", \"name\": \"Ключ\", \"registeredOn\": \"2018-03-03\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> inLysychansk = api.postAs(api.clerk(), ORGANISATIONS, request, "Idempotency-Key", key);
        HttpResponse<String> inNizhyn = api.postAs(api.nizhynClerk(), ORGANISATIONS, request, "Idempotency-Key", key);

        assertThat(inLysychansk.statusCode()).isEqualTo(201);
        assertThat(inNizhyn.statusCode()).isEqualTo(201);
    }

    @Test
    void anAuditorReadsTheRegisterButCannotWrite() throws Exception {
        String id = uniqueId();
        assertThat(api.post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")).statusCode())
                .isEqualTo(201);
        String auditor = api.auditor();

        assertThat(awaitOrganisation(auditor, id).get("name").asText()).isEqualTo("Світанок");
        assertThat(api.getAs(auditor, ORGANISATIONS).statusCode()).isEqualTo(200);
        String refusedId = uniqueId();
        api.assertProblem(api.postAs(auditor, ORGANISATIONS, organisation(refusedId, "ngo", "Аудит", "2019-05-14")), 403,
                "forbidden");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + refusedId).asStream().count()).isZero();
    }

    @Test
    void anAdminRecordsAsAClerkDoes() throws Exception {
        String admin = api.admin();

        assertThat(api.postAs(admin, ORGANISATIONS, organisation(uniqueId(), "ngo", "Світанок", "2019-05-14"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aPlatformAdminReadsNoCouncilsRegister() throws Exception {
        String platformAdmin = api.issuer().tokenFor("platform-admin", null, "platform-admin");

        api.assertProblem(api.getAs(platformAdmin, ORGANISATIONS), 403, "forbidden");
        api.assertProblem(api.postAs(platformAdmin, ORGANISATIONS, organisation(uniqueId(), "ngo", "Світанок", "2019-05-14")),
                403, "forbidden");
    }

    @Test
    void aTokenWithoutTenantIsRefused() throws Exception {
        String noCouncil = api.issuer().tokenFor("lost-clerk", null, "clerk");

        api.assertProblem(api.getAs(noCouncil, ORGANISATIONS), 403, "tenant_missing");
    }

    @Test
    void identicalRepeatAnswers200AndRecordsNothingNew() throws Exception {
        String id = uniqueId();
        String request = organisation(id, "religious", "Парафія", "2001-09-01");

        assertThat(api.post(ORGANISATIONS, request).statusCode()).isEqualTo(201);
        HttpResponse<String> repeated = api.post(ORGANISATIONS, request);

        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(api.body(repeated).get("id").asText()).isEqualTo(id);
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void idempotencyKeyMakesARetryWithoutIdHarmless() throws Exception {
        String request = "{\"kind\": \"ngo\", \"name\": \"Ключ\", \"registeredOn\": \"2018-03-03\"}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = api.postAs(api.clerk(), ORGANISATIONS, request, "Idempotency-Key", key);
        HttpResponse<String> retry = api.postAs(api.clerk(), ORGANISATIONS, request, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(api.body(retry).get("id")).isEqualTo(api.body(first).get("id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflictNamingTheId() throws Exception {
        String id = uniqueId();
        assertThat(api.post(ORGANISATIONS, organisation(id, "ngo", "Світанок", "2019-05-14")).statusCode())
                .isEqualTo(201);

        HttpResponse<String> conflicting = api.post(ORGANISATIONS, organisation(id, "ngo", "Схід", "2019-05-14"));

        api.assertProblem(conflicting, 409, "id_conflict", "id");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void listsOrganisationsOfOneKind() throws Exception {
        String cell = uniqueId();
        String parish = uniqueId();
        api.post(ORGANISATIONS, organisation(cell, "party_cell", "Осередок " + cell, "2015-10-01")
                .replace("}", ", \"party\": \"Партія\"}"));
        api.post(ORGANISATIONS, organisation(parish, "religious", "Парафія " + parish, "2003-04-20"));

        api.eventually(() -> {
            HttpResponse<String> cells = api.get(ORGANISATIONS + "?kind=party_cell&page=0&size=100");
            assertThat(cells.statusCode()).isEqualTo(200);
            JsonNode page = api.body(cells);
            assertThat(page.get("items").findValuesAsText("id")).contains(cell).doesNotContain(parish);
            assertThat(page.get("items").findValuesAsText("kind")).containsOnly("party_cell");
            assertThat(page.get("page").asInt()).isZero();
            assertThat(page.get("size").asInt()).isEqualTo(100);
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void unknownKindInTheQueryIsNamed() throws Exception {
        api.assertProblem(api.get(ORGANISATIONS + "?kind=club"), 400, "invalid_value", "kind");
    }

    @Test
    void pageSizeOutOfRangeIsNamed() throws Exception {
        api.assertProblem(api.get(ORGANISATIONS + "?size=1000"), 400, "validation_failed", "size");
    }

    @Test
    void unknownIdIs404Problem() throws Exception {
        api.assertProblem(api.get(ORGANISATIONS + "/" + uniqueId()), 404, "not_found", "id");
    }

    @Test
    void missingNameIsNamed() throws Exception {
        HttpResponse<String> response = api.post(ORGANISATIONS,
                "{\"id\": \"" + uniqueId() + "\", \"kind\": \"ngo\", \"registeredOn\": \"2019-05-14\"}");

        api.assertProblem(response, 400, "validation_failed", "name");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() throws Exception {
        JsonNode problem = api.body(api.post(ORGANISATIONS, "{}"));

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "name",
                "registeredOn");
    }

    @Test
    void impossibleDateIsNamedAndNothingIsStored() throws Exception {
        String rejected = uniqueId();

        HttpResponse<String> response = api.post(ORGANISATIONS,
                organisation(rejected, "ngo", "Світанок", "2021-06-31"));

        api.assertProblem(response, 400, "invalid_value", "registeredOn");
        assertThat(eventStore.readEvents(LYSYCHANSK + ":" + rejected).asStream().count()).isZero();
        // The directory follows the event store in order: once a later registration shows, an earlier one would have.
        String later = uniqueId();
        assertThat(api.post(ORGANISATIONS, organisation(later, "ngo", "Пізніша", "2021-06-30")).statusCode())
                .isEqualTo(201);
        awaitOrganisation(later);
        assertThat(api.get(ORGANISATIONS + "/" + rejected).statusCode()).isEqualTo(404);
    }

    @Test
    void futureRegistrationDateBreaksABusinessRule() throws Exception {
        HttpResponse<String> response = api.post(ORGANISATIONS,
                organisation(uniqueId(), "ngo", "Завтрашня", "2999-01-01"));

        api.assertProblem(response, 422, "date_in_future", "registeredOn");
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        HttpResponse<String> response = api.post(ORGANISATIONS, "{\"kind\": \"ngo\", \"name\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(api.body(response).get("code").asText()).isEqualTo("malformed_json");
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        HttpResponse<String> response = api.post(ORGANISATIONS,
                organisation(uniqueId(), "ngo", "Світанок", "2019-05-14").replace("}", ", \"nmae\": \"Світанок\"}"));

        api.assertProblem(response, 400, "unknown_field", "nmae");
    }

    @Test
    void queryOperatorAsANameIsStoredVerbatim() throws Exception {
        String id = uniqueId();
        String name = "{\"$gt\": \"\"}";

        HttpResponse<String> created = api.post(ORGANISATIONS, "{\"id\": \"" + id + "\", \"kind\": \"other\", "
                + "\"name\": " + json.writeValueAsString(name) + ", \"registeredOn\": \"2019-05-14\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo(name);
        Document stored = directory().find(Filters.eq("clientId", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("sortKey")).as("the name as the list sorts it").isEqualTo(name);
    }

    @Test
    void queryOperatorAsANameObjectIsRejected() throws Exception {
        HttpResponse<String> response = api.post(ORGANISATIONS, "{\"id\": \"" + uniqueId()
                + "\", \"kind\": \"other\", \"name\": {\"$gt\": \"\"}, \"registeredOn\": \"2019-05-14\"}");

        api.assertProblem(response, 400, "invalid_value", "name");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = api.getAs(null, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(api.body(health).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsIncludingTheProjectionLagArePublishedForPrometheus() throws Exception {
        HttpResponse<String> metrics = api.calls().send(HttpRequest.newBuilder(api.calls().uri("/actuator/prometheus"))
                .header("Accept", "text/plain").GET().build());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hromada_event_processor_lag_events"
                + "{application=\"registry-service\",processor=\"organisation-directory\"}");
    }

    @Test
    void openApiDescriptionListsTheOrganisationEndpointsWithoutAToken() throws Exception {
        HttpResponse<String> apiDocs = api.getAs(null, "/api/registry/v3/api-docs");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(api.body(apiDocs).get("paths").has(ORGANISATIONS)).isTrue();
        assertThat(api.body(apiDocs).get("paths").has(ORGANISATIONS + "/{id}")).isTrue();
    }

    @Test
    void swaggerUiOpensWithoutAToken() throws Exception {
        HttpResponse<String> entry = api.getAs(null, "/api/registry/swagger-ui.html");
        assertThat(entry.statusCode()).isEqualTo(302);
        String page = entry.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> ui = api.calls().send(HttpRequest.newBuilder(api.calls().uri("").resolve(page)).GET()
                .build());
        assertThat(ui.statusCode()).as(page).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> uiConfig = api.getAs(null, "/api/registry/v3/api-docs/swagger-config");
        assertThat(uiConfig.statusCode()).isEqualTo(200);
    }

    private JsonNode awaitOrganisation(String id) {
        return awaitOrganisation(api.clerk(), id);
    }

    private JsonNode awaitOrganisation(String token, String id) {
        return api.awaitAs(token, ORGANISATIONS + "/" + id, organisation -> true);
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
        return RegistryApi.uniqueId("org");
    }
}
