package ua.hromada.registry.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Onboarding against a real Keycloak 26 with the demo realm ({@link KeycloakTestServer}), which both issues the
 * tokens the service verifies and receives the council's group and administrator through the admin API, as the
 * {@code hromada-tenants} service account with nothing but {@code manage-users}.
 * <p>
 * The new administrator's first sign-in goes through the browser flow of the gateway's client (authorization code
 * with PKCE): the temporary password carries the required action {@code UPDATE_PASSWORD}, which Keycloak asks for
 * in the browser but refuses in a password grant ("Account is not fully set up"), and the realm's user profile then
 * asks for the first and last name that onboarding does not know. Only after that does the administrator hold a
 * token, with the council's {@code tenant} and the role {@code admin}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
class CouncilOnboardingKeycloakIT {

    private static final String TENANTS = "/api/tenants";
    private static final String ORGANISATIONS = "/api/registry/organisations";
    private static final String NAME = "Тестова міська рада";
    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(30);

    private static KeycloakTestServer keycloak;
    private static Keycloak realmAdministrator;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> createdCodes = new ArrayList<>();
    private final List<String> createdUsers = new ArrayList<>();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void useTheTestKeycloak(DynamicPropertyRegistry properties) {
        KeycloakTestServer server = KeycloakTestServer.shared();
        properties.add("hromada.security.issuer-uri", server::issuerUri);
        properties.add("hromada.keycloak.admin.server-url", server::baseUrl);
        properties.add("hromada.keycloak.admin.realm", () -> KeycloakTestServer.REALM);
        properties.add("hromada.keycloak.admin.client-id", () -> KeycloakTestServer.TENANTS_CLIENT);
        properties.add("hromada.keycloak.admin.client-secret", () -> KeycloakTestServer.TENANTS_CLIENT_SECRET);
    }

    /** The master realm's administrator, to look at and clean up what onboarding did, beyond the service's rights. */
    @BeforeAll
    static void signInAsRealmAdministrator() {
        keycloak = KeycloakTestServer.shared();
        realmAdministrator = KeycloakBuilder.builder()
                .serverUrl(keycloak.baseUrl())
                .realm("master")
                .grantType(OAuth2Constants.PASSWORD)
                .clientId("admin-cli")
                .username(KeycloakTestServer.ADMIN_USERNAME)
                .password(KeycloakTestServer.ADMIN_PASSWORD)
                .build();
    }

    @AfterAll
    static void signOut() {
        realmAdministrator.close();
    }

    @AfterEach
    void removeWhatTheTestOnboarded() {
        for (String username : createdUsers) {
            realm().users().searchByUsername(username, true)
                    .forEach(user -> realm().users().get(user.getId()).remove());
        }
        for (String code : createdCodes) {
            councilGroup(code).ifPresent(group -> realm().groups().group(group.getId()).remove());
        }
    }

    @Test
    void theNewAdminSignsInWithTheTemporaryPasswordAndSeesAnEmptyRegister() throws Exception {
        String code = newCode();
        String email = "admin@" + code + ".example";

        HttpResponse<String> created = postAs(platformAdmin(), TENANTS, request(code, NAME, email));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporaryPassword = body(created).get("adminTemporaryPassword").asText();
        GroupRepresentation group = councilGroup(code).orElseThrow();
        assertThat(group.getAttributes()).containsEntry("tenant", List.of(code)).containsEntry("name", List.of(NAME));
        UserRepresentation admin = user(email);
        assertThat(admin.getEmail()).isEqualTo(email);
        assertThat(admin.getRequiredActions()).contains("UPDATE_PASSWORD");
        assertThat(realm().users().get(admin.getId()).roles().realmLevel().listAll())
                .extracting(RoleRepresentation::getName).contains("admin");
        assertThat(realm().users().get(admin.getId()).groups()).extracting(GroupRepresentation::getPath)
                .containsExactly("/councils/" + code);
        assertThatThrownBy(() -> keycloak.passwordGrant(email, temporaryPassword))
                .as("a temporary password opens no session without the browser")
                .hasMessageContaining("Account is not fully set up");

        String newPassword = "New-" + code + "-2026";
        String token = new FirstSignIn().accessToken(email, temporaryPassword, newPassword, "Олена", "Коваль");

        JsonNode claims = KeycloakTestServer.claims(token);
        assertThat(claims.get("tenant").asText()).isEqualTo(code);
        assertThat(roles(claims)).contains("admin", "clerk").doesNotContain("platform-admin");
        HttpResponse<String> register = getAs(token, ORGANISATIONS);
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        assertThat(body(register).get("items")).isEmpty();
        assertThat(body(register).get("total").asLong()).isZero();
        assertThat(KeycloakTestServer.claims(keycloak.passwordGrant(email, newPassword)).get("tenant").asText())
                .as("once set up, the password grant works too").isEqualTo(code);

        JsonNode listed = await().atMost(PROJECTION_DELAY).until(() -> listedCouncil(code), found -> found != null);
        assertThat(listed.get("name").asText()).isEqualTo(NAME);
        assertThat(listed.get("adminEmail").asText()).isEqualTo(email);
    }

    @Test
    void aSecondOnboardingOfTheCodeIs409AndKeycloakKeepsOneOfEach() throws Exception {
        String code = newCode();
        assertThat(postAs(platformAdmin(), TENANTS, request(code, NAME, "admin@" + code + ".example")).statusCode())
                .isEqualTo(201);

        HttpResponse<String> again = postAs(platformAdmin(), TENANTS,
                request(code, "Інша рада", "second@" + code + ".example"));

        assertProblem(again, 409, "tenant_exists");
        assertThat(realm().users().searchByUsername("second@" + code + ".example", true)).isEmpty();
        assertThat(realm().users().get(user("admin@" + code + ".example").getId()).groups())
                .extracting(GroupRepresentation::getPath).containsExactly("/councils/" + code);
    }

    @Test
    void aCouncilOnlyKeycloakKnowsIs409AndItsGroupAndPeopleStay() throws Exception {
        String email = newCode() + "@lysychansk.example";
        createdUsers.add(email);

        HttpResponse<String> refused = postAs(platformAdmin(), TENANTS,
                request("lysychansk", "Лисичанська міська рада", email));

        assertProblem(refused, 409, "tenant_exists");
        assertThat(councilGroup("lysychansk")).isPresent();
        assertThat(realm().users().searchByUsername(email, true)).isEmpty();
        assertThat(KeycloakTestServer.claims(keycloak.passwordGrant("lysychansk-clerk",
                KeycloakTestServer.DEMO_PASSWORD)).get("tenant").asText()).isEqualTo("lysychansk");
    }

    @Test
    void aTakenAdminAddressIs409AndTheNewGroupIsRemovedFromKeycloak() throws Exception {
        String code = newCode();

        HttpResponse<String> refused = postAs(platformAdmin(), TENANTS,
                request(code, NAME, "lysychansk-admin@hromada.example"));

        assertProblem(refused, 409, "admin_exists");
        assertThat(councilGroup(code)).as("the group created before the user failed").isEmpty();
        assertThat(realm().users().get(user("lysychansk-admin").getId()).groups())
                .extracting(GroupRepresentation::getPath).containsExactly("/councils/lysychansk");
    }

    @Test
    void aClerkMayNotOnboard() throws Exception {
        String code = newCode();
        String clerk = keycloak.passwordGrant("lysychansk-clerk", KeycloakTestServer.DEMO_PASSWORD);

        assertProblem(postAs(clerk, TENANTS, request(code, NAME, "admin@" + code + ".example")), 403, "forbidden");
        assertProblem(getAs(clerk, TENANTS), 403, "forbidden");
        assertThat(councilGroup(code)).isEmpty();
    }

    @Test
    void aWrongClientSecretIsAnIdentityProviderFailureNotAnOutage() {
        try (Keycloak wrongSecret = adminClient(URI.create(keycloak.baseUrl()), "not-the-secret")) {
            KeycloakIdentityProvider identityProvider =
                    new KeycloakIdentityProvider(wrongSecret.realm(KeycloakTestServer.REALM));

            assertThatThrownBy(() -> identityProvider.createCouncilGroup(newCode(), NAME))
                    .isInstanceOfSatisfying(IdentityProviderFailedException.class,
                            failure -> assertThat(failure.unreachable()).isFalse())
                    .hasMessageContaining("401");
        }
    }

    @Test
    void aKeycloakNobodyListensForIsAnOutage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Keycloak nowhere = adminClient(URI.create("http://127.0.0.1:" + closedPort),
                KeycloakTestServer.TENANTS_CLIENT_SECRET)) {
            KeycloakIdentityProvider identityProvider =
                    new KeycloakIdentityProvider(nowhere.realm(KeycloakTestServer.REALM));

            assertThatThrownBy(() -> identityProvider.createCouncilGroup(newCode(), NAME))
                    .isInstanceOfSatisfying(IdentityProviderFailedException.class,
                            failure -> assertThat(failure.unreachable()).isTrue());
        }
    }

    private static Keycloak adminClient(URI serverUrl, String clientSecret) {
        return new KeycloakAdminConfiguration().keycloakAdminClient(new KeycloakAdminProperties(serverUrl,
                KeycloakTestServer.REALM, KeycloakTestServer.TENANTS_CLIENT, clientSecret, Duration.ofSeconds(2),
                Duration.ofSeconds(10)));
    }

    /** A code of its own for every test, so tests neither collide nor depend on each other's leftovers. */
    private String newCode() {
        StringBuilder code = new StringBuilder("testcity-");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> code.append((char) letter));
        createdCodes.add(code.toString());
        createdUsers.add("admin@" + code + ".example");
        return code.toString();
    }

    private static RealmResource realm() {
        return realmAdministrator.realm(KeycloakTestServer.REALM);
    }

    private static Optional<GroupRepresentation> councilGroup(String code) {
        try {
            return Optional.of(realm().getGroupByPath("/councils/" + code));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    private static UserRepresentation user(String username) {
        List<UserRepresentation> users = realm().users().searchByUsername(username, true);
        assertThat(users).as("user " + username).hasSize(1);
        return users.get(0);
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private JsonNode listedCouncil(String code) throws IOException, InterruptedException {
        HttpResponse<String> list = getAs(platformAdmin(), TENANTS);
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode council : body(list).get("items")) {
            if (council.get("code").asText().equals(code)) {
                return council;
            }
        }
        return null;
    }

    private String platformAdmin() {
        return keycloak.passwordGrant("platform-admin", KeycloakTestServer.DEMO_PASSWORD);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(response).get("code").asText()).isEqualTo(code);
    }

    private String request(String code, String name, String adminEmail) throws IOException {
        return json.writeValueAsString(Map.of("code", code, "name", name, "adminEmail", adminEmail));
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    private HttpResponse<String> getAs(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postAs(String token, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * A user's first sign-in as a browser makes it, through the gateway's client: Keycloak's login form with the
     * temporary password, then whatever it asks before letting the user in (a new password, the missing names),
     * then the authorization code exchanged for tokens with the PKCE verifier and the client's demo secret.
     */
    private static final class FirstSignIn {

        private static final String CLIENT_ID = "hromada-gateway";
        private static final String CLIENT_SECRET = "hromada-gateway-secret";
        /** Registered for the gateway's client; nothing needs to listen there, the code is read from the redirect. */
        private static final String REDIRECT_URI = "http://localhost:8080/signed-in";
        private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
        private static final int MAX_STEPS = 10;

        private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        /**
         * Keycloak marks its login cookies {@code Secure} even over plain HTTP; a browser still returns them to a
         * loopback address (a secure context), Java's {@code CookieManager} does not, so this sign-in keeps them.
         */
        private final Map<String, String> cookies = new LinkedHashMap<>();

        String accessToken(String username, String temporaryPassword, String newPassword, String firstName,
                           String lastName) throws IOException, InterruptedException {
            String verifier = randomVerifier();
            URI authorize = URI.create(keycloak.issuerUri() + "/protocol/openid-connect/auth?" + form(Map.of(
                    "client_id", CLIENT_ID, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT_URI,
                    "code_challenge", challengeOf(verifier), "code_challenge_method", "S256")));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(authorize).GET());
            answer = submit(answer, Map.of("username", username, "password", temporaryPassword));
            for (int step = 0; step < MAX_STEPS; step++) {
                if (answer.statusCode() == 302) {
                    URI location = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
                    if (location.toString().startsWith(REDIRECT_URI)) {
                        return exchange(queryParameter(location, "code"), verifier);
                    }
                    answer = send(HttpRequest.newBuilder(location).GET());
                } else if (answer.body().contains("name=\"password-new\"")) {
                    answer = submit(answer, Map.of("password-new", newPassword, "password-confirm", newPassword));
                } else if (answer.body().contains("name=\"firstName\"")) {
                    answer = submit(answer, Map.of("firstName", firstName, "lastName", lastName, "email", username));
                } else {
                    fail("Keycloak answered " + answer.statusCode() + " with a page this sign-in does not expect: "
                            + answer.body().substring(0, Math.min(2000, answer.body().length())));
                }
            }
            throw new AssertionError("no authorization code after " + MAX_STEPS + " steps");
        }

        private HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields)
                throws IOException, InterruptedException {
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            Matcher action = FORM_ACTION.matcher(page.body());
            assertThat(action.find()).as("a form in " + page.body()).isTrue();
            URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
            return send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String nameAndValue = setCookie.split(";", 2)[0];
                int equals = nameAndValue.indexOf('=');
                String name = nameAndValue.substring(0, equals).trim();
                if (setCookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, nameAndValue.substring(equals + 1));
                }
            }
            return response;
        }

        private String exchange(String code, String verifier) throws IOException, InterruptedException {
            HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "code", code,
                            "redirect_uri", REDIRECT_URI, "code_verifier", verifier)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return new ObjectMapper().readTree(tokens.body()).get("access_token").asText();
        }

        private static String queryParameter(URI uri, String name) {
            for (String parameter : uri.getRawQuery().split("&")) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).equals(name)) {
                    return URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no " + name + " in " + uri);
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        private static String randomVerifier() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        private static String challengeOf(String verifier) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
