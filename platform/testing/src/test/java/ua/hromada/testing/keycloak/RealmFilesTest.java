package ua.hromada.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm is the demo realm minus what only a local demo may have; the two files are edited by
 * hand, so this keeps them from drifting apart (deploy/keycloak/README.md lists the differences).
 */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = KeycloakTestServer.repoRoot().resolve("deploy/keycloak");

    @Test
    void productionRealmIsTheDemoRealmWithoutDemoUsersSecretsAndLocalSettings() throws IOException {
        JsonNode demo = JSON.readTree(DIR.resolve("hromada-realm.json").toFile());
        JsonNode production = JSON.readTree(DIR.resolve("production/hromada-realm.json").toFile());

        ObjectNode expected = demo.deepCopy();
        expected.put("sslRequired", "external");
        expected.set("passwordPolicy", production.get("passwordPolicy"));
        ((ObjectNode) expected.at("/groups/0")).putArray("subGroups");
        ArrayNode users = expected.putArray("users");
        demo.get("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                users.add(user);
            }
        });
        for (JsonNode client : expected.get("clients")) {
            ((ObjectNode) client).remove("secret");
            if (client.get("clientId").asText().equals("hromada-gateway")) {
                JsonNode gateway = gateway(production);
                ((ObjectNode) client).set("baseUrl", gateway.get("baseUrl"));
                ((ObjectNode) client).set("redirectUris", gateway.get("redirectUris"));
                ((ObjectNode) client.get("attributes")).set("post.logout.redirect.uris",
                        gateway.at("/attributes/post.logout.redirect.uris"));
            }
        }

        assertThat(production).isEqualTo(expected);
    }

    @Test
    void productionRealmShipsNoSecretsNoPasswordsAndOnlyTheOperatorsUrl() throws IOException {
        String text = Files.readString(DIR.resolve("production/hromada-realm.json"));
        JsonNode production = JSON.readTree(text);

        assertThat(text).doesNotContain("\"secret\"", "\"credentials\"", "localhost", "127.0.0.1");
        assertThat(production.get("sslRequired").asText()).isEqualTo("external");
        assertThat(production.get("passwordPolicy").asText()).isNotBlank();
        JsonNode gateway = gateway(production);
        assertThat(gateway.get("baseUrl").asText()).startsWith("${HROMADA_PUBLIC_URL:https://");
        gateway.get("redirectUris").forEach(uri -> assertThat(uri.asText()).startsWith("${HROMADA_PUBLIC_URL:https://"));
    }

    @Test
    void demoRealmIsForLocalHttpOnly() throws IOException {
        JsonNode demo = JSON.readTree(DIR.resolve("hromada-realm.json").toFile());

        assertThat(demo.get("sslRequired").asText()).isEqualTo("none");
        gateway(demo).get("redirectUris").forEach(uri ->
                assertThat(uri.asText()).matches("http://(localhost|127\\.0\\.0\\.1):8080/\\*"));
    }

    private static JsonNode gateway(JsonNode realm) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals("hromada-gateway")) {
                return client;
            }
        }
        throw new AssertionError("no hromada-gateway client");
    }
}
