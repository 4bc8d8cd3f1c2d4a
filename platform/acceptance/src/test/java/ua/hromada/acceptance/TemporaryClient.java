package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A copy of the realm's {@code hromada-cli} client with one deliberate difference, created through Keycloak's
 * admin REST API and deleted on {@link #close()}. Its tokens are real tokens of the realm, signed by the realm's
 * key, and differ from {@code hromada-cli}'s only in what the test changed, so a refusal can have no other
 * cause. {@code hromada-cli} itself is left untouched, so other tests' tokens never change under them.
 */
final class TemporaryClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final KeycloakTestServer keycloak;
    private final String clientId;
    private final String internalId;

    private TemporaryClient(KeycloakTestServer keycloak, String clientId, String internalId) {
        this.keycloak = keycloak;
        this.clientId = clientId;
        this.internalId = internalId;
    }

    /** Like {@code hromada-cli}, with {@code change} applied to its admin API representation. */
    static TemporaryClient likeCliClient(KeycloakTestServer keycloak, String purpose, Consumer<ObjectNode> change) {
        String adminToken = keycloak.adminToken();
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(keycloak.adminBaseUrl()
                        + "/clients?clientId=" + KeycloakTestServer.CLI_CLIENT))
                .header("Authorization", "Bearer " + adminToken).GET());
        expect(found, 200);
        ObjectNode client = (ObjectNode) readJson(found.body()).get(0);
        String clientId = "acceptance-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        client.remove("id");
        client.put("clientId", clientId);
        client.put("name", "Acceptance test: " + purpose);
        if (client.get("protocolMappers") instanceof ArrayNode mappers) {
            mappers.forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        }
        change.accept(client);

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak.adminBaseUrl() + "/clients"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString(), StandardCharsets.UTF_8)));
        expect(created, 201);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created " + clientId + " without a Location"));
        return new TemporaryClient(keycloak, clientId, location.substring(location.lastIndexOf('/') + 1));
    }

    /** Removes the protocol mapper that adds {@code hromada-api} to {@code aud}. */
    static Consumer<ObjectNode> withoutAudienceMapper() {
        return client -> {
            ArrayNode mappers = (ArrayNode) client.get("protocolMappers");
            for (int i = mappers.size() - 1; i >= 0; i--) {
                if (mappers.get(i).path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                    mappers.remove(i);
                }
            }
        };
    }

    /** Access tokens of this client live {@code lifespan} instead of the realm's 5 minutes. */
    static Consumer<ObjectNode> withAccessTokenLifespan(Duration lifespan) {
        return client -> {
            ObjectNode attributes = client.get("attributes") instanceof ObjectNode existing
                    ? existing
                    : client.putObject("attributes");
            attributes.put("access.token.lifespan", String.valueOf(lifespan.toSeconds()));
        };
    }

    /** Signs people in on Keycloak's login pages (authorization code flow), sending them back to {@code redirectUri}. */
    static Consumer<ObjectNode> withBrowserLogin(String redirectUri) {
        return client -> {
            client.put("standardFlowEnabled", true);
            client.putArray("redirectUris").add(redirectUri);
        };
    }

    String clientId() {
        return clientId;
    }

    /** An access token of a demo user through this client (direct access grant). */
    String passwordGrant(String username) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", KeycloakTestServer.DEMO_PASSWORD)
                .entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(response, 200);
        return readJson(response.body()).get("access_token").asText();
    }

    @Override
    public void close() {
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(
                        URI.create(keycloak.adminBaseUrl() + "/clients/" + internalId))
                .header("Authorization", "Bearer " + keycloak.adminToken())
                .DELETE());
        expect(deleted, 204);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + " instead of " + status + ": " + response.body());
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
