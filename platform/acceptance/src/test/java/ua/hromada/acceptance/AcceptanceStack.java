package ua.hromada.acceptance;

import ua.hromada.testing.EmbeddedMongo;
import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The platform as a client meets it, started once per test JVM and shared by every test class: the real Keycloak
 * with the demo realm, an in-process MongoDB-compatible server, registry-service, reporting-service (both on one
 * database, as they share the event store) and the gateway, each service
 * from its executable jar ({@link BootJarApplication}) and reached only over HTTP through the gateway. The
 * gateway's other routes point at closed ports: those services are not part of these tests.
 */
final class AcceptanceStack {

    private static AcceptanceStack shared;

    private final KeycloakTestServer keycloak;
    private final Path unpackedJars;
    private final BootJarApplication registry;
    private final BootJarApplication reporting;
    private final BootJarApplication gateway;

    private AcceptanceStack() {
        long started = System.nanoTime();
        keycloak = KeycloakTestServer.shared();
        long keycloakReady = System.nanoTime();
        EmbeddedMongo mongo = EmbeddedMongo.shared();
        unpackedJars = unpackedJarsDirectory();

        String database = "acceptance_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry = BootJarApplication.start("registry-service", jar("registry-service"), unpackedJars,
                withCommonArguments(
                "--spring.data.mongodb.uri=" + mongo.connectionString() + "/" + database,
                "--spring.data.mongodb.database=" + database,
                // onboarding creates councils and their administrators through Keycloak's admin API
                "--hromada.keycloak.admin.server-url=" + keycloak.baseUrl()));
        long registryReady = System.nanoTime();
        try {
            reporting = BootJarApplication.start("reporting-service", jar("reporting-service"), unpackedJars,
                    withCommonArguments(
                    "--spring.data.mongodb.uri=" + mongo.connectionString() + "/" + database,
                    "--spring.data.mongodb.database=" + database));
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        long reportingReady = System.nanoTime();
        try {
            gateway = BootJarApplication.start("gateway", jar("gateway"), unpackedJars, withCommonArguments(
                    "--hromada.services.registry-uri=" + registry.url(),
                    "--hromada.services.events-uri=" + closedPortUrl(),
                    "--hromada.services.awards-uri=" + closedPortUrl(),
                    "--hromada.services.media-uri=" + closedPortUrl(),
                    "--hromada.services.reporting-uri=" + reporting.url()));
        } catch (RuntimeException e) {
            reporting.close();
            registry.close();
            throw e;
        }
        long gatewayReady = System.nanoTime();
        System.out.printf("Acceptance stack ready in %.1f s: Keycloak %.1f s, registry-service %.1f s (port %d), "
                        + "reporting-service %.1f s (port %d), gateway %.1f s (port %d)%n",
                seconds(gatewayReady - started), seconds(keycloakReady - started),
                seconds(registryReady - keycloakReady), registry.port(), seconds(reportingReady - registryReady),
                reporting.port(), seconds(gatewayReady - reportingReady), gateway.port());
    }

    /** The stack of this JVM, started on first use. */
    static synchronized AcceptanceStack shared() {
        if (shared == null) {
            shared = started();
        }
        return shared;
    }

    /**
     * A stack of services of its own, on a database of its own (Keycloak and the MongoDB server are shared): for a
     * test whose figures must not include what other tests record for the same council.
     */
    static AcceptanceStack dedicated() {
        return started();
    }

    private static AcceptanceStack started() {
        AcceptanceStack stack = new AcceptanceStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "acceptance-stack-shutdown"));
        return stack;
    }

    KeycloakTestServer keycloak() {
        return keycloak;
    }

    /** {@code http://127.0.0.1:<port>}, the gateway, the one address clients use. */
    String gatewayUrl() {
        return gateway.url();
    }

    /** An access token of a demo user, by password through {@code hromada-cli}, as a script gets one. */
    String tokenOf(String demoUser) {
        return keycloak.passwordGrant(demoUser, KeycloakTestServer.DEMO_PASSWORD);
    }

    private List<String> withCommonArguments(String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--hromada.security.issuer-uri=" + keycloak.issuerUri(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // the stack closes the gateway before the service behind it, see stop()
                "--spring.main.register-shutdown-hook=false"));
        all.addAll(List.of(arguments));
        return all;
    }

    private void stop() {
        try {
            gateway.close();
        } finally {
            try {
                reporting.close();
            } finally {
                registry.close();
                deleteRecursively(unpackedJars);
            }
        }
    }

    /** A folder of this JVM's own, so that two builds of this module in one checkout never unpack over each other. */
    private static Path unpackedJarsDirectory() {
        try {
            Path workDir = Files.createDirectories(Path.of(requiredProperty("hromada.acceptance.work-dir")));
            return Files.createTempDirectory(workDir, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under target/ is harmless; the next clean removes it
        }
    }

    private static Path jar(String service) {
        return Path.of(requiredProperty("hromada.acceptance." + service + "-jar"));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set; run the acceptance tests "
                    + "through Maven (./mvnw -pl platform/acceptance verify), which sets it");
        }
        return value;
    }

    /** A port nothing listens on: the route's connection is refused and its circuit breaker answers 503. */
    private static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
