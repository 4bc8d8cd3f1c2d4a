package ua.hromada.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo realm as Keycloak really serves it: the claims services rely on, and the onboarding account's rights. */
class KeycloakTestServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KeycloakTestServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakTestServer.shared();
    }

    @Test
    void isStartedOncePerJvm() {
        assertThat(KeycloakTestServer.shared()).isSameAs(keycloak);
        assertThat(keycloak.issuerUri()).isEqualTo("http://127.0.0.1:" + keycloak.httpPort() + "/realms/hromada");
        assertThat(keycloak.adminBaseUrl()).isEqualTo("http://127.0.0.1:" + keycloak.httpPort() + "/admin/realms/hromada");
    }

    @Test
    void clerkTokenCarriesIssuerAudienceTenantAndRole() {
        JsonNode claims = KeycloakTestServer.claims(keycloak.passwordGrant("lysychansk-clerk", KeycloakTestServer.DEMO_PASSWORD));

        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(audiences(claims)).contains("hromada-api");
        assertThat(claims.get("tenant").isTextual()).as("tenant is a single string").isTrue();
        assertThat(claims.get("tenant").asText()).isEqualTo("lysychansk");
        assertThat(roles(claims)).contains("clerk").doesNotContain("admin", "auditor", "platform-admin");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("lysychansk-clerk");
        assertThat(claims.get("azp").asText()).isEqualTo(KeycloakTestServer.CLI_CLIENT);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void everyDemoUserHasCouncilAndRoles() {
        assertUser("lysychansk-admin", "lysychansk", "admin", "clerk");
        assertUser("lysychansk-auditor", "lysychansk", "auditor");
        assertUser("nizhyn-admin", "nizhyn", "admin", "clerk");
        assertUser("nizhyn-clerk", "nizhyn", "clerk");
        assertUser("nizhyn-auditor", "nizhyn", "auditor");

        JsonNode platformAdmin = KeycloakTestServer.claims(keycloak.passwordGrant("platform-admin", KeycloakTestServer.DEMO_PASSWORD));
        assertThat(platformAdmin.has("tenant")).as("platform-admin belongs to no council").isFalse();
        assertThat(roles(platformAdmin)).contains("platform-admin").doesNotContain("admin", "clerk", "auditor");
    }

    @Test
    void wrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> keycloak.passwordGrant("nizhyn-auditor", "wrong"))
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void onboardingServiceAccountCreatesCouncilAndItsAdmin() {
        String token = keycloak.clientCredentialsGrant(KeycloakTestServer.TENANTS_CLIENT, KeycloakTestServer.TENANTS_CLIENT_SECRET);
        assertThat(KeycloakTestServer.claims(token).at("/resource_access/realm-management/roles").toString())
                .isEqualTo("[\"manage-users\"]");
        Admin admin = new Admin(keycloak.adminBaseUrl(), token);

        String councils = admin.get("/group-by-path/councils").get("id").asText();
        admin.send("POST", "/groups/" + councils + "/children",
                "{\"name\":\"kyiv-test\",\"attributes\":{\"tenant\":[\"kyiv-test\"],\"name\":[\"Тестова міська рада\"]}}", 201);
        String group = admin.get("/group-by-path/councils/kyiv-test").get("id").asText();
        try {
            admin.send("POST", "/users", "{\"username\":\"kyiv-test-admin\",\"enabled\":true,\"emailVerified\":true,"
                    + "\"email\":\"kyiv-test-admin@hromada.example\",\"firstName\":\"Тест\",\"lastName\":\"Адмін\"}", 201);
            String user = admin.get("/users?exact=true&username=kyiv-test-admin").get(0).get("id").asText();
            try {
                admin.send("PUT", "/users/" + user + "/reset-password",
                        "{\"type\":\"password\",\"value\":\"first-password\",\"temporary\":false}", 204);
                // manage-users may not read the realm's roles directly (GET /roles/admin is 403); the roles it may
                // grant come from the user's available role mappings
                JsonNode adminRole = null;
                for (JsonNode role : admin.get("/users/" + user + "/role-mappings/realm/available")) {
                    if (role.get("name").asText().equals("admin")) {
                        adminRole = role;
                    }
                }
                assertThat(adminRole).as("admin among the roles the service account may grant").isNotNull();
                admin.send("POST", "/users/" + user + "/role-mappings/realm", "[" + adminRole + "]", 204);
                admin.send("PUT", "/users/" + user + "/groups/" + group, "", 204);

                JsonNode claims = KeycloakTestServer.claims(keycloak.passwordGrant("kyiv-test-admin", "first-password"));
                assertThat(claims.get("tenant").asText()).isEqualTo("kyiv-test");
                assertThat(roles(claims)).contains("admin", "clerk");

                admin.send("PUT", "/users/" + user, "{\"requiredActions\":[\"UPDATE_PASSWORD\"]}", 204);
            } finally {
                admin.send("DELETE", "/users/" + user, null, 204);
            }
        } finally {
            admin.send("DELETE", "/groups/" + group, null, 204);
        }
        assertThat(admin.status("GET", "/group-by-path/councils/kyiv-test")).isEqualTo(404);
    }

    private static void assertUser(String username, String tenant, String... roles) {
        JsonNode claims = KeycloakTestServer.claims(keycloak.passwordGrant(username, KeycloakTestServer.DEMO_PASSWORD));
        assertThat(claims.get("tenant").asText()).as(username + " tenant").isEqualTo(tenant);
        assertThat(roles(claims)).as(username + " roles").contains(roles);
        assertThat(audiences(claims)).as(username + " audience").contains("hromada-api");
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        List<String> audiences = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    /** The few admin REST calls onboarding makes, with the service account's token. */
    private record Admin(String baseUrl, String token) {

        JsonNode get(String path) {
            HttpResponse<String> response = call("GET", path, null);
            assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void send(String method, String path, String json, int expectedStatus) {
            HttpResponse<String> response = call(method, path, json);
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        }

        int status(String method, String path) {
            return call(method, path, null).statusCode();
        }

        private HttpResponse<String> call(String method, String path, String json) {
            String[] pathAndQuery = path.split("\\?", 2);
            String uri = baseUrl + pathAndQuery[0] + (pathAndQuery.length > 1 ? "?" + encodeQuery(pathAndQuery[1]) : "");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token);
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encodeQuery(String query) {
            List<String> pairs = new ArrayList<>();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                pairs.add(URLEncoder.encode(kv[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
            return String.join("&", pairs);
        }
    }
}
