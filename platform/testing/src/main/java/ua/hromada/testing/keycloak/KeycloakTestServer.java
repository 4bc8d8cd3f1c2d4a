package ua.hromada.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak server with the demo realm {@code hromada} ({@code deploy/keycloak/hromada-realm.json}), for
 * tests that must see Keycloak's own tokens and admin API.
 *
 * <p>{@link #shared()} starts it at most once per JVM, on free loopback ports, and stops it (with its JVM) when
 * the test JVM exits. The server comes from {@code deploy/keycloak/provision.sh}, i.e. from Maven Central through
 * {@code ./mvnw}, unpacked once under {@code <repo>/.hromada/test-keycloak/} and shared by every build; each
 * start gets an empty database of its own under the working directory's {@code target/keycloak-test/}, so the
 * realm is always imported fresh from the file. A start takes 10–20 s once the server is unpacked and built,
 * 30–90 s the first time on 2 cores.
 *
 * <pre>{@code KeycloakTestServer keycloak = KeycloakTestServer.shared();
 * String token = keycloak.passwordGrant("lysychansk-clerk", KeycloakTestServer.DEMO_PASSWORD);
 * JsonNode claims = KeycloakTestServer.claims(token);   // claims.get("tenant").asText() == "lysychansk"}</pre>
 */
public final class KeycloakTestServer {

    public static final String REALM = "hromada";
    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "hromada";
    /** The public client with direct access grants. */
    public static final String CLI_CLIENT = "hromada-cli";
    /** The onboarding service account (realm-management {@code manage-users}) and its demo secret. */
    public static final String TENANTS_CLIENT = "hromada-tenants";
    public static final String TENANTS_CLIENT_SECRET = "hromada-tenants-secret";
    /** The master realm's bootstrap administrator. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("hromada.keycloak.ready-timeout-seconds", 240));
    private static final Duration PROVISION_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakTestServer shared;

    private final int httpPort;
    private final int managementPort;
    private final Path dataDir;
    private final Path log;
    private final Process process;
    private final Process watchdog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTestServer(Path repoRoot) {
        Path installDir = repoRoot.resolve(".hromada/test-keycloak");
        try {
            Files.createDirectories(installDir);
            Path runs = Path.of("target", "keycloak-test").toAbsolutePath();
            Files.createDirectories(runs);
            dataDir = Files.createTempDirectory(runs, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log = dataDir.resolve("keycloak.log");
        long started = System.nanoTime();
        // Builds of several modules (or developers) may share the unpacked server: its first start writes the
        // server's build (lib/quarkus) into it, so one JVM at a time provisions and starts it.
        try (FileChannel channel = FileChannel.open(installDir.resolve(".start.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Path home = provision(repoRoot, installDir);
            // chosen only now, after any wait for the lock, so that another process is unlikely to take them
            httpPort = freePort();
            managementPort = freePort();
            process = start(home);
            watchdog = startWatchdog(process.pid());
            // the timeout counts from the server's start: on a fresh machine provisioning downloads ~180 MB first
            awaitReady(System.nanoTime());
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        System.out.printf("Keycloak test server ready at %s in %.1f s (log %s)%n",
                baseUrl(), (System.nanoTime() - started) / 1e9, log);
    }

    /** The server of this JVM, started on first use; later calls (from any test class) get the same one. */
    public static synchronized KeycloakTestServer shared() {
        if (shared == null) {
            KeycloakTestServer server = new KeycloakTestServer(repoRoot());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-test-server-shutdown"));
            shared = server;
        }
        return shared;
    }

    /** {@code http://127.0.0.1:<port>}, the server's root and its fixed hostname. */
    public String baseUrl() {
        return "http://" + HOST + ":" + httpPort;
    }

    /** The {@code iss} of every token of the realm: {@code http://127.0.0.1:<port>/realms/hromada}. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** The admin REST API of the realm: {@code http://127.0.0.1:<port>/admin/realms/hromada}. */
    public String adminBaseUrl() {
        return baseUrl() + "/admin/realms/" + REALM;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /** An access token of a realm user through {@value #CLI_CLIENT} (direct access grant). */
    public String passwordGrant(String username, String password) {
        return token(tokenEndpoint(), Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                "username", username, "password", password));
    }

    /** An access token of a confidential client's service account (e.g. {@value #TENANTS_CLIENT}). */
    public String clientCredentialsGrant(String clientId, String clientSecret) {
        return token(tokenEndpoint(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret));
    }

    /** An access token of the master realm's administrator, allowed everything in the admin API. */
    public String adminToken() {
        return token(baseUrl() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", ADMIN_USERNAME, "password", ADMIN_PASSWORD));
    }

    /** The claims of a token, decoded without verifying its signature (tests read what Keycloak put in). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT: " + jwt);
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String token(String endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request to " + endpoint + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        try {
            JsonNode token = JSON.readTree(response.body()).get("access_token");
            if (token == null || !token.isTextual()) {
                throw new IllegalStateException("no access_token in " + response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The folder holding {@code mvnw} and {@code deploy/keycloak}, from the working directory upwards. */
    static Path repoRoot() {
        String explicit = System.getProperty("hromada.root");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/keycloak"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Hromada checkout (a folder with mvnw and deploy/keycloak) above "
                + Path.of("").toAbsolutePath() + "; set -Dhromada.root");
    }

    private Path provision(Path repoRoot, Path installDir) throws IOException {
        Path script = repoRoot.resolve("deploy/keycloak/provision.sh");
        Path provisionLog = dataDir.resolve("provision.log");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), installDir.toString())
                .directory(repoRoot.toFile())
                .redirectError(provisionLog.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process provisioning = builder.start();
        provisioning.getOutputStream().close();
        String out = new String(provisioning.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = waitFor(provisioning, PROVISION_TIMEOUT);
        if (exit != 0 || out.isEmpty()) {
            throw new IllegalStateException(script + " failed (exit " + exit + "):\n" + tail(provisionLog));
        }
        String[] lines = out.split("\\R");
        Path home = Path.of(lines[lines.length - 1]);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(script + " printed " + home + ", which holds no bin/kc.sh");
        }
        return home;
    }

    private Process start(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        // a session of its own, so the watchdog can stop kc.sh and its JVM together as one process group
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + HOST,
                "--http-port=" + httpPort,
                // a fixed hostname keeps iss the same whatever address a client uses
                "--hostname=" + baseUrl(),
                "--health-enabled=true",
                "--http-management-port=" + managementPort,
                "--import-realm",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "-Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        ProcessHandle.current().info().command().ifPresent(java -> env.put("JAVA", java));
        Process started = builder.start();
        started.getOutputStream().close();
        return started;
    }

    /**
     * A shutdown hook does not run when the test JVM is killed (SIGKILL, a crashed fork): a small shell then
     * stops the server's process group, so no Keycloak outlives its test JVM by more than a few seconds.
     */
    private Process startWatchdog(long serverPid) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            return null;
        }
        String script = "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null; do sleep 2; done; "
                + "kill -TERM -- -\"$2\" 2>/dev/null; sleep " + STOP_TIMEOUT.toSeconds() + "; kill -KILL -- -\"$2\" 2>/dev/null";
        Process process = new ProcessBuilder("bash", "-c", script, "keycloak-watchdog",
                Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        return process;
    }

    private void awaitReady(long startedNanos) {
        URI health = URI.create("http://" + HOST + ":" + managementPort + "/health/ready");
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        long deadline = startedNanos + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                        + " during startup; last lines of " + log + ":\n" + tail(log));
            }
            if (answers200(health) && answers200(discovery)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds()
                        + " s (-Dhromada.keycloak.ready-timeout-seconds); last lines of " + log + ":\n" + tail(log));
            }
            sleep(500);
        }
    }

    private boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * Stops kc.sh and the JVM it runs (TERM, then KILL after {@link #STOP_TIMEOUT}); the JVM is a child of
     * kc.sh, so the descendants are collected before kc.sh goes away and would orphan them.
     */
    private synchronized void stop() {
        if (watchdog != null) {
            watchdog.destroy();
        }
        if (process != null) {
            List<ProcessHandle> tree = new ArrayList<>();
            process.descendants().forEach(tree::add);
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            for (ProcessHandle handle : tree) {
                long left = Math.max(0, deadline - System.nanoTime());
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            }
        }
        deleteRecursively(dataDir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process process, Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under target/ is harmless; the next clean removes it
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
