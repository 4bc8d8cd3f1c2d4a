package ua.hromada.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Measures what single sign-on costs on the running local platform ({@code ./hromada up}): the latency of one read
 * through the gateway beside the same read sent straight to the service with the same token (their ratio is the
 * gateway's cost), and how many password-grant logins Keycloak answers per second.
 *
 * <p>Run it with {@code ./hromada bench gateway} (arguments: {@code --reads=N --logins=N --threads=N}).
 */
public final class GatewayBenchmark {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/hromada";
    private static final String GATEWAY = "http://127.0.0.1:8080";
    private static final String REGISTRY = "http://127.0.0.1:8081";
    private static final String READ_PATH = "/api/registry/organisations?size=20";
    /** Logins rotate over the demo users: Keycloak's brute-force detector watches each user's login rate. */
    private static final String[] USERS = {"lysychansk-clerk", "lysychansk-admin", "lysychansk-auditor",
            "nizhyn-clerk", "nizhyn-admin", "nizhyn-auditor", "platform-admin"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;

    GatewayBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
        new GatewayBenchmark(System.out).run(Integer.parseInt(options.getOrDefault("reads", "2000")),
                                             Integer.parseInt(options.getOrDefault("logins", "200")),
                                             Integer.parseInt(options.getOrDefault("threads", "4")));
    }

    void run(int reads, int logins, int threads) throws Exception {
        out.printf(Locale.ROOT, "Hromada gateway benchmark against the running local platform, Java %s, %d cores%n",
                   System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        String token = login("lysychansk-clerk");
        for (int i = 0; i < 200; i++) {
            read(GATEWAY, token);
            read(REGISTRY, token);
        }
        double[] viaGateway = new double[reads];
        double[] direct = new double[reads];
        for (int i = 0; i < reads; i++) {
            // alternate, so both see the same moments of a noisy machine
            viaGateway[i] = read(GATEWAY, token);
            direct[i] = read(REGISTRY, token);
            if (i % 500 == 499) {
                token = login("lysychansk-clerk");
            }
        }
        Arrays.sort(viaGateway);
        Arrays.sort(direct);
        out.printf(Locale.ROOT, "read %s: gateway p50 %.2f ms p99 %.2f ms | direct p50 %.2f ms p99 %.2f ms | ratio p50 %.2f p99 %.2f  (%d reads each)%n",
                   READ_PATH, percentile(viaGateway, 0.5), percentile(viaGateway, 0.99), percentile(direct, 0.5),
                   percentile(direct, 0.99), percentile(viaGateway, 0.5) / percentile(direct, 0.5),
                   percentile(viaGateway, 0.99) / percentile(direct, 0.99), reads);

        long start = System.nanoTime();
        for (int i = 0; i < logins; i++) {
            login(USERS[i % USERS.length]);
        }
        double sequential = logins / ((System.nanoTime() - start) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        start = System.nanoTime();
        Future<?>[] futures = new Future<?>[logins];
        for (int i = 0; i < logins; i++) {
            String user = USERS[i % USERS.length];
            futures[i] = pool.submit(() -> login(user));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double parallel = logins / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        out.printf(Locale.ROOT, "password-grant logins: %.1f/s sequential | %.1f/s with %d clients  (%d logins each, over %d demo users)%n",
                   sequential, parallel, threads, logins, USERS.length);
    }

    private double read(String base, String token) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + READ_PATH))
                                                      .header("Authorization", "Bearer " + token).GET().build());
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(base + READ_PATH + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    private String login(String username) {
        String form = "grant_type=password&client_id=hromada-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=hromada";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                                                      .header("Content-Type", "application/x-www-form-urlencoded")
                                                      .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Login of " + username + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode body = json.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Is the platform running (./hromada up)? " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
