package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * A script's view of the API: plain HTTP to the gateway with an optional bearer token. Redirects are never
 * followed, so a login redirect where a 401 belongs shows up as what it is.
 */
final class GatewayClient {

    /** How long the directory projection may take to show a registration. */
    static final Duration PROJECTION_DELAY = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** {@code token} may be {@code null}: then the request carries no Authorization header. */
    ApiResponse get(String path, String token) {
        return get(path, token, "application/json");
    }

    ApiResponse get(String path, String token, String accept) {
        return send(request(path, token).header("Accept", accept).GET());
    }

    ApiResponse post(String path, String token, String json) {
        return send(request(path, token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Sends a file of NDJSON lines, as a council's script sends an import. */
    ApiResponse postNdjson(String path, String token, java.nio.file.Path file) {
        try {
            return send(request(path, token)
                    .timeout(Duration.ofMinutes(10))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Downloads a document: its bytes and the headers that name it. */
    HttpResponse<byte[]> download(String path, String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Reads {@code path} until it answers 200: reads come from projections that follow writes shortly after. */
    ApiResponse awaitFound(String path, String token) {
        return await("GET " + path + " answering 200")
                .atMost(PROJECTION_DELAY)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(path, token), response -> response.status() == 200);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers().firstValue("Content-Type"),
                    response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What the gateway answered. */
    record ApiResponse(int status, Optional<String> contentType, Optional<String> location, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType.orElse("(no content type)") + location.map(l -> " Location: " + l).orElse("")
                    + " " + body;
        }
    }
}
