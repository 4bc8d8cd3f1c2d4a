package ua.hromada.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import ua.hromada.testing.jwt.TestJwtIssuer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Measures the registry's import and its "as of" counts on the local stack's parts: the embedded MongoDB server (H2
 * backend, its own JVM, as {@code ./hromada up} runs it) and registry-service (its own JVM, the launcher's heap), both
 * started here on free ports with fresh data, so the figures never mix with the demo councils' records.
 * <ol>
 *   <li>warms the service up with {@code --warm-up} lines (50,000 by default) of another council, and prints their
 *   rate too: the figure of a service just started;</li>
 *   <li>imports a generated NDJSON of {@code --lines} organisations, streamed as it is generated (never held in
 *   memory on either side), and prints lines/s;</li>
 *   <li>waits until the register's projection has caught up, and prints how long that took;</li>
 *   <li>asks {@code --counts} times how many organisations (of a random kind or all) existed at the end of a random
 *   day, and prints p50/p99, beside a plain {@code countDocuments} over the same collection (what a count without
 *   the counters would cost) measured in the same run.</li>
 * </ol>
 * Run it with {@code ./hromada bench registry} (arguments: {@code --lines=N --warm-up=N --counts=N --parallelism=N
 * --jfr=DIR}, the last records a flight recording of each JVM into DIR).
 */
public final class RegistryImportBenchmark {

    private static final String TENANT = "bench";
    private static final String WARM_UP_TENANT = "bench-warm-up";
    private static final String[] KINDS = {"party_cell", "ngo", "religious", "charity", "other"};
    private static final LocalDate FIRST_DAY = LocalDate.of(1991, 8, 24);
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    private final Path root;
    private final String version;
    private final Path flightRecordings;

    RegistryImportBenchmark(PrintStream out, Path root, String version, Path flightRecordings) {
        this.out = out;
        this.root = root;
        this.version = version;
        this.flightRecordings = flightRecordings;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')),
                        arg -> arg.substring(arg.indexOf('=') + 1)));
        new RegistryImportBenchmark(System.out, Path.of(System.getProperty("hromada.root", ".")),
                System.getProperty("hromada.version", "0.1.0-SNAPSHOT"),
                options.containsKey("jfr") ? Path.of(options.get("jfr")).toAbsolutePath() : null)
                .run(Integer.parseInt(options.getOrDefault("lines", "100000")),
                        Integer.parseInt(options.getOrDefault("warm-up", "50000")),
                        Integer.parseInt(options.getOrDefault("counts", "2000")),
                        options.get("parallelism"));
    }

    /**
     * @param warmUpLines lines imported for another council before the measured import, not measured
     * @param parallelism lines the service records at a time, or {@code null} for its default
     */
    void run(int lines, int warmUpLines, int counts, String parallelism) throws Exception {
        out.printf(Locale.ROOT, "Hromada registry import benchmark, Java %s, %d cores, %,d lines%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), lines);
        Path work = Files.createTempDirectory("hromada-bench-registry");
        int mongoPort = freePort();
        int registryPort = freePort();
        List<Process> processes = new ArrayList<>();
        try (TestJwtIssuer issuer = TestJwtIssuer.start()) {
            processes.add(start(work, "mongo", List.of("-Xmx1g", "-jar",
                    jar("platform/embedded-mongo/target/hromada-embedded-mongo-" + version + ".jar"),
                    "--port=" + mongoPort, "--data-file=" + work.resolve("mongo.mv.db")), Map.of()));
            Map<String, String> environment = new HashMap<>(Map.of(
                    "PORT", String.valueOf(registryPort),
                    "MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/hromada",
                    "HROMADA_ISSUER_URI", issuer.issuerUri(),
                    "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
            if (parallelism != null) {
                environment.put("HROMADA_REGISTRY_IMPORTS_PARALLELISM", parallelism);
            }
            processes.add(start(work, "registry-service", List.of("-Xmx384m", "-jar",
                    jar("registry-service/app/target/registry-service-" + version + ".jar")), environment));
            String registry = "http://127.0.0.1:" + registryPort;
            awaitHealthy(registry + "/actuator/health", Duration.ofMinutes(3));
            String token = issuer.tokenFor("bench-clerk", TENANT, "clerk");

            if (warmUpLines > 0) {
                // The service's first lines run in the interpreter and compete with the JIT compiling Spring, Axon,
                // Jackson and the driver; a running service has long been past that. The warm-up goes to another
                // council, so the measured council's records and counts are only its own.
                long warmUpStarted = System.nanoTime();
                JsonNode warmUp = importLines(registry, issuer.tokenFor("bench-clerk", WARM_UP_TENANT, "clerk"),
                        new Generated(warmUpLines, new Random(19910824)));
                double warmUpSeconds = (System.nanoTime() - warmUpStarted) / 1e9;
                out.printf(Locale.ROOT, "warm-up (not measured): %,d lines of another council in %.1f s = %,.0f "
                                + "lines/s on the service just started (created %,d)%n", warmUpLines, warmUpSeconds,
                        warmUpLines / warmUpSeconds, warmUp.get("created").asLong());
            }

            Generated generated = new Generated(lines, new Random(20211231));
            long started = System.nanoTime();
            JsonNode result = importLines(registry, token, generated);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "import: %,d lines in %.1f s = %,.0f lines/s (created %,d, rejected %,d; "
                            + "the service counted %,.0f lines/s)  target >= 2,000 lines/s%n",
                    lines, importSeconds, lines / importSeconds, result.get("created").asLong(),
                    result.get("rejected").asLong(), result.get("linesPerSecond").asDouble());

            long expected = generated.existingAtTheEnd();
            long caughtUpAt = awaitCount(registry, token, expected, Duration.ofMinutes(30));
            out.printf(Locale.ROOT, "projection: counts show all %,d existing organisations %.1f s after the import "
                    + "returned%n", expected, (caughtUpAt - started) / 1e9 - importSeconds);

            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                count(registry, token, randomKind(random), randomDay(random));
            }
            double[] latencies = new double[counts];
            for (int i = 0; i < counts; i++) {
                long before = System.nanoTime();
                count(registry, token, randomKind(random), randomDay(random));
                latencies[i] = (System.nanoTime() - before) / 1e6;
            }
            Arrays.sort(latencies);
            double[] scans = scanCounts(mongoPort, random);
            out.printf(Locale.ROOT, "count as of a day over %,d organisations (HTTP, %,d requests): p50 %.2f ms "
                            + "p99 %.2f ms  target p99 <= 50 ms | a countDocuments scan of the same collection "
                            + "(driver, %d runs): p50 %.2f ms -> counters are %.0fx faster at p50%n",
                    lines, counts, percentile(latencies, 0.5), percentile(latencies, 0.99), scans.length,
                    percentile(scans, 0.5), percentile(scans, 0.5) / percentile(latencies, 0.5));
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).destroy();
                processes.get(i).waitFor();
            }
            deleteQuietly(work);
        }
    }

    private JsonNode importLines(String registry, String token, Generated generated) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(registry
                                + "/api/registry/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofHours(1))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(generated::stream)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private long count(String registry, String token, String kind, LocalDate asOf) throws Exception {
        String query = "asOf=" + asOf + (kind == null ? "" : "&kind=" + kind);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(registry
                        + "/api/registry/organisations/count?" + query)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("count answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).get("count").asLong();
    }

    private long awaitCount(String registry, String token, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(registry, token, null, LAST_DAY) == expected) {
                return System.nanoTime();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the projection did not catch up within " + timeout);
    }

    /** What counting without counters costs: a scan of the register's collection for one tenant and kind. */
    private double[] scanCounts(int mongoPort, Random random) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            MongoCollection<Document> organisations = client.getDatabase("hromada")
                    .getCollection("registry_organisations");
            double[] scans = new double[10];
            for (int i = 0; i < scans.length; i++) {
                long before = System.nanoTime();
                organisations.countDocuments(Filters.and(Filters.eq("tenant", TENANT),
                        Filters.eq("kind", KINDS[random.nextInt(KINDS.length)])));
                scans[i] = (System.nanoTime() - before) / 1e6;
            }
            Arrays.sort(scans);
            return scans;
        }
    }

    private Process start(Path work, String name, List<String> arguments, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (flightRecordings != null) {
            command.add(ChildJvm.flightRecording(flightRecordings, name));
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitHealthy(String url, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not become healthy within " + timeout);
    }

    private String jar(String relative) {
        Path jar = root.resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./hromada bench registry does)");
        }
        return jar.toString();
    }

    private static String randomKind(Random random) {
        int pick = random.nextInt(KINDS.length + 1);
        return pick == KINDS.length ? null : KINDS[pick];
    }

    private static LocalDate randomDay(Random random) {
        return FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    /**
     * The NDJSON of {@code lines} organisations, produced line by line as the HTTP client reads it; one in ten is
     * liquidated, so the counts have something to subtract.
     */
    private static final class Generated {

        private final int lines;
        private final Random random;
        private long existingAtTheEnd;

        Generated(int lines, Random random) {
            this.lines = lines;
            this.random = random;
        }

        InputStream stream() {
            return new SequenceInputStream(new Enumeration<>() {
                private int next = 1;

                @Override
                public boolean hasMoreElements() {
                    return next <= lines;
                }

                @Override
                public InputStream nextElement() {
                    return new ByteArrayInputStream(line(next++).getBytes(StandardCharsets.UTF_8));
                }
            });
        }

        long existingAtTheEnd() {
            return existingAtTheEnd;
        }

        private String line(int number) {
            LocalDate registeredOn = randomDay(random);
            String kind = KINDS[random.nextInt(KINDS.length)];
            String liquidation = "";
            if (random.nextInt(10) == 0 && registeredOn.isBefore(LAST_DAY)) {
                LocalDate liquidatedOn = registeredOn.plusDays(1 + random.nextInt(
                        (int) (LAST_DAY.toEpochDay() - registeredOn.toEpochDay())));
                liquidation = ",\"liquidatedOn\":\"" + liquidatedOn + "\"";
            } else {
                existingAtTheEnd++;
            }
            return "{\"type\":\"organisation\",\"id\":\"bench-" + number + "\",\"kind\":\"" + kind
                    + "\",\"name\":\"Організація № " + number + "\",\"registeredOn\":\"" + registeredOn + "\""
                    + liquidation + (kind.equals("party_cell") ? ",\"party\":\"Партія\"" : "") + "}\n";
        }
    }
}
