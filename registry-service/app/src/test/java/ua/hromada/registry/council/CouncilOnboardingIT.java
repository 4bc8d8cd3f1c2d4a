package ua.hromada.registry.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.council.InMemoryIdentityProvider.Step;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenant management through real HTTP with signed tokens of {@link TestJwtIssuer}, with Keycloak's side played by
 * {@link InMemoryIdentityProvider}: who may onboard, what a bad request is told, and that a refused or failed
 * onboarding leaves nothing behind. {@code CouncilOnboardingKeycloakIT} does the same against a real Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class CouncilOnboardingIT {

    private static final String TENANTS = "/api/tenants";
    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);
    private static final String NAME = "Ніжинська міська рада";

    private final TestJwtIssuer issuer = TestJwtIssuer.shared();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    private final ApiCalls api = new ApiCalls(() -> port);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private InMemoryIdentityProvider keycloak;

    @TestConfiguration
    static class FakeKeycloak {

        @Bean
        @Primary
        InMemoryIdentityProvider inMemoryIdentityProvider() {
            return new InMemoryIdentityProvider();
        }
    }

    @BeforeEach
    void forgetEarlierTests() {
        keycloak.reset();
    }

    @Test
    void aPlatformAdminOnboardsACouncilThatIsThenListed() throws Exception {
        String code = uniqueCode();

        HttpResponse<String> created = post(TENANTS, request(code, "  " + NAME + " ", "Admin@" + code + ".Example"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(TENANTS + "/" + code));
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cacheControl -> assertThat(cacheControl).contains("no-store"));
        JsonNode council = api.body(created);
        String email = "admin@" + code + ".example";
        assertThat(council.get("code").asText()).isEqualTo(code);
        assertThat(council.get("name").asText()).isEqualTo(NAME);
        assertThat(council.get("adminEmail").asText()).isEqualTo(email);
        assertThat(council.get("adminUsername").asText()).isEqualTo(email);
        assertThat(council.get("adminTemporaryPassword").asText())
                .isEqualTo(keycloak.user(email).orElseThrow().temporaryPassword());
        Instant onboardedAt = Instant.parse(council.get("onboardedAt").asText());

        assertThat(keycloak.group(code).orElseThrow().attributes()).isEqualTo(Map.of("tenant", code, "name", NAME));
        assertThat(keycloak.user(email).orElseThrow().realmRoles()).containsExactly("admin");
        assertThat(keycloak.membersOf(code)).containsExactly(keycloak.user(email).orElseThrow().id());

        List<? extends DomainEventMessage<?>> events = events(code);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayload()).isInstanceOf(CouncilOnboardedEvent.class);
        assertThat(events.get(0).getMetaData()).containsEntry("tenant", code).containsEntry("user", "platform-admin");
        assertThat(events.get(0).getPayload().toString()).doesNotContain(council.get("adminTemporaryPassword").asText());

        JsonNode listed = await().atMost(PROJECTION_DELAY).until(() -> listedCouncil(code), found -> found != null);
        assertThat(listed.get("name").asText()).isEqualTo(NAME);
        assertThat(listed.get("adminEmail").asText()).isEqualTo(email);
        assertThat(Instant.parse(listed.get("onboardedAt").asText())).isEqualTo(onboardedAt);
        assertThat(listed.has("adminTemporaryPassword")).isFalse();
        HttpResponse<String> one = get(TENANTS + "/" + code);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(api.body(one).get("code").asText()).isEqualTo(code);
    }

    @Test
    void aSecondOnboardingOfTheCodeIsAConflictAndChangesNothing() throws Exception {
        String code = uniqueCode();
        assertThat(post(TENANTS, request(code, NAME, "admin@" + code + ".example")).statusCode()).isEqualTo(201);
        keycloak.reset();

        api.assertProblem(post(TENANTS, request(code, "Інша рада", "other@" + code + ".example")), 409, "tenant_exists",
                "code");

        assertThat(keycloak.calls()).as("Keycloak is not asked about a known council").isEmpty();
        assertThat(events(code)).hasSize(1);
    }

    @Test
    void aCouncilWhoseGroupExistsInKeycloakIsAConflictAndTheGroupStays() throws Exception {
        String code = uniqueCode();
        String existing = keycloak.existingGroup(code);

        api.assertProblem(post(TENANTS, request(code, NAME, "admin@" + code + ".example")), 409, "tenant_exists", "code");

        assertThat(keycloak.group(code)).map(InMemoryIdentityProvider.Group::id).contains(existing);
        assertThat(keycloak.userCount()).isZero();
        assertThat(events(code)).isEmpty();
    }

    @Test
    void aTakenAdminAddressIsAConflictNamingItAndTheGroupIsRemoved() throws Exception {
        String code = uniqueCode();
        keycloak.createUser("taken@hromada.example", "password-of-someone-else");

        api.assertProblem(post(TENANTS, request(code, NAME, "taken@hromada.example")), 409, "admin_exists", "adminEmail");

        assertThat(keycloak.group(code)).isEmpty();
        assertThat(events(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nizhyn", "1nizhyn", "n", "-nizhyn", "nizhyn_rada", "ni zhyn", "ніжин", "nizhyn:council",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmno"})
    void aCodeOutsideTheRuleIsNamedAndNothingIsCreated(String code) throws Exception {
        HttpResponse<String> response = post(TENANTS, json.writeValueAsString(
                Map.of("code", code, "name", NAME, "adminEmail", "admin@nizhyn.example")));

        api.assertProblem(response, 400, "validation_failed", "code");
        assertThat(keycloak.calls()).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() throws Exception {
        HttpResponse<String> response = post(TENANTS, "{}");

        api.assertProblem(response, 400, "validation_failed");
        assertThat(api.body(response).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("code", "name", "adminEmail");
        assertThat(keycloak.calls()).isEmpty();
    }

    @Test
    void aBlankNameIsNamed() throws Exception {
        api.assertProblem(post(TENANTS, request(uniqueCode(), "   ", "admin@hromada.example")), 400, "validation_failed",
                "name");
        assertThat(keycloak.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "admin@", "@nizhyn.example", "admin@nizhyn", "ad min@nizhyn.example"})
    void anAddressThatIsNoEmailIsNamed(String email) throws Exception {
        api.assertProblem(post(TENANTS, request(uniqueCode(), NAME, email)), 400, "validation_failed", "adminEmail");
        assertThat(keycloak.calls()).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        String body = request(uniqueCode(), NAME, "admin@hromada.example").replace("}", ", \"tenant\": \"nizhyn\"}");

        api.assertProblem(post(TENANTS, body), 400, "unknown_field", "tenant");
    }

    @Test
    void aKeycloakFailureIs502AndNothingIsKept() throws Exception {
        String code = uniqueCode();
        keycloak.failOn(Step.ADD_TO_COUNCIL);

        HttpResponse<String> response = post(TENANTS, request(code, NAME, "admin@" + code + ".example"));

        api.assertProblem(response, 502, "identity_provider_failed");
        assertThat(keycloak.groupCount()).isZero();
        assertThat(keycloak.userCount()).isZero();
        assertThat(events(code)).isEmpty();
        keycloak.reset();
        assertThat(post(TENANTS, request(code, NAME, "admin@" + code + ".example")).statusCode())
                .as("the same onboarding succeeds once Keycloak does").isEqualTo(201);
    }

    @Test
    void anUnreachableKeycloakIs503WithRetryAfter() throws Exception {
        String code = uniqueCode();
        keycloak.failOn(Step.CREATE_GROUP, new IdentityProviderFailedException("Connection refused", true, null));

        HttpResponse<String> response = post(TENANTS, request(code, NAME, "admin@" + code + ".example"));

        api.assertProblem(response, 503, "identity_provider_failed");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(events(code)).isEmpty();
    }

    @Test
    void councilMembersMayNeitherOnboardNorListCouncils() throws Exception {
        String code = uniqueCode();
        for (String role : List.of("clerk", "admin", "auditor")) {
            String token = issuer.tokenFor("lysychansk-" + role, "lysychansk", role);

            api.assertProblem(api.postAs(token, TENANTS, request(code, NAME, "admin@" + code + ".example")), 403, "forbidden");
            api.assertProblem(api.getAs(token, TENANTS), 403, "forbidden");
            api.assertProblem(api.getAs(token, TENANTS + "/lysychansk"), 403, "forbidden");
        }
        assertThat(keycloak.calls()).isEmpty();
        assertThat(events(code)).isEmpty();
    }

    @Test
    void withoutATokenTenantManagementAnswers401() throws Exception {
        api.assertProblem(api.postAs(null, TENANTS, request(uniqueCode(), NAME, "admin@hromada.example")), 401,
                "unauthenticated");
        api.assertProblem(api.getAs(null, TENANTS), 401, "unauthenticated");
    }

    @Test
    void anUnknownCouncilIs404() throws Exception {
        api.assertProblem(get(TENANTS + "/" + uniqueCode()), 404, "not_found", "code");
    }

    @Test
    void openApiDescriptionListsTenantManagement() throws Exception {
        HttpResponse<String> apiDocs = api.getAs(null, "/api/registry/v3/api-docs");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(api.body(apiDocs).get("paths").has(TENANTS)).isTrue();
        assertThat(api.body(apiDocs).get("paths").has(TENANTS + "/{code}")).isTrue();
    }

    private JsonNode listedCouncil(String code) throws IOException, InterruptedException {
        HttpResponse<String> list = get(TENANTS);
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode council : api.body(list).get("items")) {
            if (council.get("code").asText().equals(code)) {
                return council;
            }
        }
        return null;
    }

    private List<? extends DomainEventMessage<?>> events(String code) {
        return eventStore.readEvents(CouncilCode.councilId(code).value()).asStream().toList();
    }

    private String request(String code, String name, String adminEmail) throws IOException {
        return json.writeValueAsString(Map.of("code", code, "name", name, "adminEmail", adminEmail));
    }

    private static String uniqueCode() {
        StringBuilder code = new StringBuilder("test-");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(letter -> code.append((char) letter));
        return code.toString();
    }

    /** Minted per request: the issuer's tokens live five minutes, longer than any test but not than every run. */
    private String platformAdmin() {
        return issuer.tokenFor("platform-admin", null, "platform-admin");
    }

    /** As the platform admin. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api.getAs(platformAdmin(), path);
    }

    /** As the platform admin. */
    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return api.postAs(platformAdmin(), path, body);
    }
}
