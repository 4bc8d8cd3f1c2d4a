package ua.hromada.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import ua.hromada.eventstore.EventStoreProperties;
import ua.hromada.eventstore.MongoEventStorageEngine;
import ua.hromada.testing.jwt.TestJwtIssuer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the reporting service's fact ledger on the local stack's parts, each started here from its jar in a JVM
 * of its own on fresh data: the embedded MongoDB server (H2 file; its heap see {@link Settings}) and
 * reporting-service (the launcher's 384 MB heap).
 * <ol>
 *   <li>appends {@code --events} generated registry events of three councils over 2019–2021
 *   ({@link RegistryHistoryGenerator}) through the project's {@link MongoEventStorageEngine}, built as the services'
 *   auto-configuration builds it, with their serializer, and prints the append rate;</li>
 *   <li>reads the whole {@code events} collection sorted by commit number with the plain driver, twice: the faster
 *   read is the baseline;</li>
 *   <li>starts reporting-service, whose live ledger processor builds the ledger from the whole store, waits until
 *   its lag gauge says it has caught up, prints that build's rate and checks a figure against the generated history
 *   (so the service read every event the engine wrote);</li>
 *   <li>rebuilds the ledger through {@code POST /api/reports/rebuilds}, printing its progress every second, and
 *   prints the rebuild's rate and its ratio to the baseline;</li>
 *   <li>times {@code GET /api/reports/activity} for 2021 against 2020: the first request of each council (cold
 *   cache, right after the rebuild switched generations), then {@code --queries} requests round-robin over the
 *   councils, one in ten for 2020-Q1 against the previous quarter as known in mid-2020.</li>
 * </ol>
 * Run it with {@code ./hromada bench reporting} (arguments: {@code --events=N --queries=N --mongo-heap=SIZE
 * --service-heap=SIZE --jfr=DIR}, the last records a flight recording of each JVM into DIR).
 */
public final class ReportingBenchmark {

    private static final double RATIO_TARGET = 0.3;
    /** What {@code ./hromada up} gives reporting-service (its COMPONENTS table). */
    static final String LAUNCHER_SERVICE_HEAP = "1536m";
    private static final double P99_TARGET_MILLIS = 300;
    private static final int WARM_UP_REQUESTS = 30;
    private static final int RAW_READ_ATTEMPTS = 3;
    private static final String YEAR_REPORT = "period=2021&compare=previous-year";
    private static final String QUARTER_AS_KNOWN = "period=2020-Q1&compare=previous-period"
            + "&asKnownAt=2020-06-30T12:00:00Z";
    private static final String INCOMING_DOCUMENTS = "registry.documents.incoming";
    private static final String ADMIN_TENANT = RegistryHistoryGenerator.TENANTS.get(0);
    static final long SEED = 20211231;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Settings settings;
    private final PrintStream out;
    private final Path root;
    private final String version;
    private final Map<String, String> summary = new LinkedHashMap<>();
    private int failedRawReads;

    /**
     * What to measure and how.
     *
     * @param mongoHeap        heap of the embedded MongoDB server: the launcher's 1g is too small for a sorted read
     *                         of a million events, which mongo-java-server holds in memory whole (about 4.3 GB)
     * @param serviceHeap      heap of reporting-service, by default the one the launcher gives it
     * @param flightRecordings where each JVM records a flight recording of the run, or {@code null}
     */
    record Settings(long events, int queries, String mongoHeap, String serviceHeap, Path flightRecordings) {

        static Settings parse(String[] args) {
            Map<String, String> options = Arrays.stream(args)
                    .filter(arg -> arg.startsWith("--") && arg.contains("="))
                    .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')),
                            arg -> arg.substring(arg.indexOf('=') + 1)));
            return new Settings(Long.parseLong(options.getOrDefault("events", "1000000")),
                    Integer.parseInt(options.getOrDefault("queries", "300")),
                    options.getOrDefault("mongo-heap", "6g"),
                    options.getOrDefault("service-heap", LAUNCHER_SERVICE_HEAP),
                    options.containsKey("jfr") ? Path.of(options.get("jfr")).toAbsolutePath() : null);
        }
    }

    ReportingBenchmark(Settings settings, PrintStream out, Path root, String version) {
        this.settings = settings;
        this.out = out;
        this.root = root;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        new ReportingBenchmark(Settings.parse(args), System.out, Path.of(System.getProperty("hromada.root", ".")),
                System.getProperty("hromada.version", "0.1.0-SNAPSHOT")).run();
    }

    /**
     * The serializer the services get for {@code axon.serializer.*=jackson}: Axon's auto-configuration takes the
     * application's ObjectMapper, Spring Boot's (it creates its own only when there is none), so dates are ISO
     * strings and unknown properties are ignored.
     */
    static JacksonSerializer servicesSerializer() {
        return JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()).build();
    }

    /** The engine as {@code MongoEventStoreAutoConfiguration} builds it with the default settings. */
    static MongoEventStorageEngine engine(MongoDatabase database, JacksonSerializer serializer) {
        EventStoreProperties properties = new EventStoreProperties(null, null, null, null, null, null, null, null, null);
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventsCollection(properties.eventsCollection())
                .snapshotsCollection(properties.snapshotsCollection())
                .majorityWrites(properties.majority())
                .majorityReads(properties.majority())
                .batchSize(properties.batchSize())
                .maxEventsPerCommit(properties.maxEventsPerCommit())
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .build();
    }

    void run() throws Exception {
        double loadAtStart = loadAverage();
        out.printf(Locale.ROOT, "Hromada reporting benchmark, Java %s, %d cores, %,d events, %,d queries, "
                        + "embedded MongoDB heap %s, reporting-service heap %s; load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), settings.events(),
                settings.queries(), settings.mongoHeap(), settings.serviceHeap(), loadAtStart);
        summary.put("load average (1 min) at the start", String.format(Locale.ROOT, "%.2f", loadAtStart));
        Path work = Files.createTempDirectory("hromada-bench-reporting");
        List<ChildJvm> jvms = new ArrayList<>();
        boolean measured = false;
        try (TestJwtIssuer issuer = TestJwtIssuer.start()) {
            int mongoPort = ChildJvm.freePort();
            ChildJvm mongo = startMongo(work, mongoPort, work.resolve("mongo.mv"));
            jvms.add(mongo);
            String mongoUri = "mongodb://127.0.0.1:" + mongoPort + "/hromada";
            RegistryHistoryGenerator history = new RegistryHistoryGenerator(settings.events(), SEED);
            try (MongoClient client = MongoClients.create(mongoUri)) {
                append(client.getDatabase("hromada"), history);
            }
            measureOnStore(work, jvms, issuer, mongo, mongoUri, history);
            measured = true;
        } finally {
            for (int i = jvms.size() - 1; i >= 0; i--) {
                jvms.get(i).close();
            }
            if (measured) {
                deleteQuietly(work);
            } else {
                out.println("the JVMs' logs and data are kept in " + work);
            }
        }
    }

    ChildJvm startMongo(Path work, int port, Path dataFile) throws Exception {
        return ChildJvm.embeddedMongo(work, jvmOptions("mongo", settings.mongoHeap()), root, version, port, dataFile);
    }

    /** Everything after the append: baseline, the service's builds, the rebuild, the reports, the summary. */
    void measureOnStore(Path work, List<ChildJvm> jvms, TestJwtIssuer issuer, ChildJvm mongo, String mongoUri,
                        RegistryHistoryGenerator history) throws Exception {
        long events = settings.events();
        double rawReadRate;
        try (MongoClient client = MongoClients.create(mongoUri)) {
            rawReadRate = rawSortedRead(client.getDatabase("hromada"), events);
        }

        int port = ChildJvm.freePort();
        ChildJvm reporting = ChildJvm.start("reporting-service", work, jvmOptions("reporting-service", settings.serviceHeap()),
                root.resolve("reporting-service/app/target/reporting-service-" + version + ".jar"), List.of(),
                Map.of("PORT", String.valueOf(port), "MONGODB_URI", mongoUri,
                        "HROMADA_ISSUER_URI", issuer.issuerUri(), "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
        jvms.add(reporting);
        String service = "http://127.0.0.1:" + port;
        reporting.awaitHealthy(http, service + "/actuator/health", Duration.ofMinutes(5));
        Map<String, String> clerkTokens = new LinkedHashMap<>();
        for (String tenant : RegistryHistoryGenerator.TENANTS) {
            clerkTokens.put(tenant, token(issuer, tenant + "-clerk", tenant, "clerk"));
        }

        double initialRate = awaitInitialBuild(service, events);
        out.printf(Locale.ROOT, "initial ledger build (live processor, from the service answering healthy): "
                + "%,.0f events/s, %.2f of the raw read%n", initialRate, initialRate / rawReadRate);
        summary.put("initial ledger build", String.format(Locale.ROOT, "%,.0f events/s (ratio %.2f)",
                initialRate, initialRate / rawReadRate));
        checkFigures(service, clerkTokens, history);

        double rebuildRate = rebuild(service, token(issuer, ADMIN_TENANT + "-admin", ADMIN_TENANT, "admin"),
                mongo, reporting);
        double ratio = rebuildRate / rawReadRate;
        out.printf(Locale.ROOT, "rebuild: %,.0f events/s = %.2f of the raw sorted read  target >= %.1f%s%n",
                rebuildRate, ratio, RATIO_TARGET, ratio >= RATIO_TARGET ? "" : "  NOT MET");
        summary.put("rebuild", String.format(Locale.ROOT, "%,.0f events/s, ratio %.2f to the raw read "
                + "(target >= %.1f: %s)", rebuildRate, ratio, RATIO_TARGET, ratio >= RATIO_TARGET ? "met"
                : "NOT met"));

        activityLatencies(service, clerkTokens, settings.queries());
        summary.put("load average (1 min) at the end", String.format(Locale.ROOT, "%.2f", loadAverage()));
        printSummary(events);
    }

    private void append(MongoDatabase database, RegistryHistoryGenerator history) {
        long events = settings.events();
        MongoEventStorageEngine engine = engine(database, servicesSerializer());
        long appending = 0;
        long commits = 0;
        long appended = 0;
        long nextReport = events / 4;
        long started = System.nanoTime();
        while (history.hasNext()) {
            List<DomainEventMessage<?>> commit = history.nextCommit();
            long before = System.nanoTime();
            engine.appendEvents(commit);
            appending += System.nanoTime() - before;
            commits++;
            appended += commit.size();
            if (appended >= nextReport && history.hasNext()) {
                out.printf(Locale.ROOT, "  appended %,d events in %,d commits, %,.0f events/s%n", appended, commits,
                        appended / seconds(appending));
                nextReport += events / 4;
            }
        }
        double wall = seconds(System.nanoTime() - started);
        out.printf(Locale.ROOT, "append: %,d events in %,d commits (%.2f events per commit, one aggregate each) "
                        + "through MongoEventStorageEngine: %,.0f events/s (%.1f s in the engine; with generating "
                        + "the history %.1f s)%n", events, commits, (double) events / commits,
                events / seconds(appending), seconds(appending), wall);
        summary.put("append through the engine", String.format(Locale.ROOT, "%,.0f events/s (%,d commits, single "
                + "writer)", events / seconds(appending), commits));
    }

    /**
     * The baseline: the whole events collection with the plain driver, in commit order, counting events. Read twice,
     * the second time with the server's JIT and caches warm as they are for the service's reads later, and the
     * faster read is the baseline.
     */
    private double rawSortedRead(MongoDatabase database, long events) throws InterruptedException {
        double[] rates = new double[2];
        for (int read = 0; read < rates.length; read++) {
            rates[read] = rawSortedReadRetried(database, events, read + 1);
        }
        double baseline = Math.max(rates[0], rates[1]);
        summary.put("raw sorted read (baseline)", String.format(Locale.ROOT, "%,.0f events/s (the faster of "
                + "%,.0f and %,.0f%s)", baseline, rates[0], rates[1], failedRawReads == 0 ? ""
                : "; the embedded server failed " + failedRawReads + " more"));
        return baseline;
    }

    /**
     * One sorted read, again if the embedded server fails it: a read that outlasts its storage's compaction after
     * heavy writes can find pages it still needs freed (H2 "Chunk not found"), and the next read succeeds.
     */
    private double rawSortedReadRetried(MongoDatabase database, long events, int number)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return rawSortedReadOnce(database, events, number);
            } catch (MongoException failed) {
                if (attempt == RAW_READ_ATTEMPTS) {
                    throw failed;
                }
                String reason = failed.getMessage().lines().findFirst().orElse("");
                out.printf(Locale.ROOT, "raw sorted read %d failed on the embedded server (%s); again in 30 s%n",
                        number, reason.substring(0, Math.min(120, reason.length())));
                failedRawReads++;
                Thread.sleep(30_000);
            }
        }
    }

    private double rawSortedReadOnce(MongoDatabase database, long events, int number) {
        long started = System.nanoTime();
        long firstBatchAt = 0;
        long counted = 0;
        for (Document commit : database.getCollection("events").find().sort(Sorts.ascending("_id"))
                .batchSize(1000)) {
            if (counted == 0) {
                firstBatchAt = System.nanoTime();
            }
            counted += commit.getList("events", Document.class).size();
        }
        long finished = System.nanoTime();
        if (counted != events) {
            throw new IllegalStateException("the raw read found " + counted + " events, not " + events);
        }
        double rate = counted / seconds(finished - started);
        out.printf(Locale.ROOT, "raw sorted read %d (driver, batches of 1,000 commits): %,.0f events/s "
                        + "(%.1f s, the first batch after %.1f s)%n", number, rate, seconds(finished - started),
                seconds(firstBatchAt - started));
        return rate;
    }

    /**
     * Waits until the live ledger's lag gauge (events in the store its processor has not handled) is 0: the
     * service's own measure of having caught up, which needs no knowledge of what the figures should be.
     */
    private double awaitInitialBuild(String service, long events) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofHours(2).toNanos();
        long nextReport = started + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            double lag = ledgerLag(service);
            if (lag == 0) {
                return events / seconds(System.nanoTime() - started);
            }
            if (System.nanoTime() > nextReport) {
                out.printf(Locale.ROOT, "  initial build: %,.0f events behind after %.0f s%n", lag,
                        seconds(System.nanoTime() - started));
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the live ledger did not catch up within 2 hours");
    }

    private double ledgerLag(String service) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.body().lines()
                .filter(line -> line.startsWith("hromada_reports_ledger_lag"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(Double.NaN);
    }

    /** Every council's incoming documents of 2021 and 2020 as the generated history counts them. */
    private void checkFigures(String service, Map<String, String> tokens, RegistryHistoryGenerator history)
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> tenant : tokens.entrySet()) {
            JsonNode report = json.readTree(activity(service, tenant.getValue(), YEAR_REPORT));
            JsonNode incoming = metric(report, INCOMING_DOCUMENTS);
            long expected2021 = history.incomingDocumentsReceived(tenant.getKey(), 2021);
            long expected2020 = history.incomingDocumentsReceived(tenant.getKey(), 2020);
            if (incoming.get("value").asLong() != expected2021 || incoming.get("previous").asLong() != expected2020) {
                throw new IllegalStateException(tenant.getKey() + "'s incoming documents are " + incoming
                        + ", the generated history has " + expected2021 + " in 2021 and " + expected2020 + " in 2020");
            }
            checked.add(String.format(Locale.ROOT, "%s %,d (2020: %,d)", tenant.getKey(), expected2021,
                    expected2020));
        }
        out.println("figures check: incoming documents of 2021 as generated — " + String.join(", ", checked));
    }

    private double rebuild(String service, String adminToken, ChildJvm mongo, ChildJvm reporting) throws Exception {
        Duration[] cpuBefore = {mongo.cpuTime(), reporting.cpuTime()};
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                        + "/api/reports/rebuilds")).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST /api/reports/rebuilds answered " + response.statusCode() + ": "
                    + response.body());
        }
        String id = json.readTree(response.body()).get("id").asText();
        long deadline = started + Duration.ofHours(3).toNanos();
        JsonNode progress;
        do {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not complete within 3 hours");
            }
            Thread.sleep(1000);
            HttpResponse<String> poll = http.send(HttpRequest.newBuilder(URI.create(service
                            + "/api/reports/rebuilds/" + id)).header("Authorization", "Bearer " + adminToken)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            progress = json.readTree(poll.body());
            out.printf(Locale.ROOT, "  rebuild %-9s %5.1f%%  %,9d / %,d events  %,7.0f events/s  ETA %s%n",
                    progress.get("status").asText(), progress.get("percent").asDouble(),
                    progress.get("processed").asLong(), progress.get("total").asLong(),
                    progress.get("eventsPerSecond").asDouble(),
                    progress.get("etaSeconds").isNull() ? "-" : progress.get("etaSeconds").asLong() + " s");
        } while (progress.get("status").asText().equals("running"));
        double wall = seconds(System.nanoTime() - started);
        if (!progress.get("status").asText().equals("completed")) {
            throw new IllegalStateException("the rebuild ended " + progress);
        }
        long total = progress.get("total").asLong();
        double mongoCpu = cpuMillisPerThousand(cpuBefore[0], mongo.cpuTime(), total);
        double reportingCpu = cpuMillisPerThousand(cpuBefore[1], reporting.cpuTime(), total);
        out.printf(Locale.ROOT, "rebuild of %,d events: %.1f s wall (the service counted %,.0f events/s); "
                        + "CPU per 1,000 events: embedded MongoDB %.0f ms + reporting-service %.0f ms%n", total, wall,
                progress.get("eventsPerSecond").asDouble(), mongoCpu, reportingCpu);
        summary.put("rebuild CPU per 1,000 events", String.format(Locale.ROOT,
                "embedded MongoDB %.0f ms + reporting-service %.0f ms", mongoCpu, reportingCpu));
        return total / wall;
    }

    private void activityLatencies(String service, Map<String, String> tokens, int queries) throws Exception {
        List<String> cold = new ArrayList<>();
        for (Map.Entry<String, String> tenant : tokens.entrySet()) {
            long before = System.nanoTime();
            activity(service, tenant.getValue(), YEAR_REPORT);
            cold.add(String.format(Locale.ROOT, "%s %.0f ms", tenant.getKey(), (System.nanoTime() - before) / 1e6));
        }
        out.println("activity 2021 vs 2020, first request per council (cold cache): " + String.join(", ", cold));
        summary.put("activity, first request per council (cold)", String.join(", ", cold));

        List<String> tenants = List.copyOf(tokens.keySet());
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            activity(service, tokens.get(tenants.get(i % tenants.size())), query(i));
        }
        double[] all = new double[queries];
        List<Double> quarters = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String query = query(i);
            long before = System.nanoTime();
            activity(service, tokens.get(tenants.get(i % tenants.size())), query);
            all[i] = (System.nanoTime() - before) / 1e6;
            if (query.equals(QUARTER_AS_KNOWN)) {
                quarters.add(all[i]);
            }
        }
        Arrays.sort(all);
        double p99 = percentile(all, 0.99);
        out.printf(Locale.ROOT, "activity (HTTP, %d requests round-robin over %d councils, %d of them 2020-Q1 vs "
                        + "2019-Q4 as known at 2020-06-30): p50 %.1f ms  p99 %.1f ms  max %.1f ms  target p99 <= "
                        + "%.0f ms%s; the quarters alone: max %.1f ms%n", queries, tenants.size(), quarters.size(),
                percentile(all, 0.5), p99, all[all.length - 1], P99_TARGET_MILLIS,
                p99 <= P99_TARGET_MILLIS ? "" : "  NOT MET",
                quarters.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        summary.put("activity, warm (" + queries + " requests)", String.format(Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= %.0f ms: %s)", percentile(all, 0.5), p99,
                all[all.length - 1], P99_TARGET_MILLIS, p99 <= P99_TARGET_MILLIS ? "met" : "NOT met"));
    }

    private static String query(int request) {
        return request % 10 == 9 ? QUARTER_AS_KNOWN : YEAR_REPORT;
    }

    private String activity(String service, String token, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                        + "/api/reports/activity?" + query)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("activity answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonNode metric(JsonNode report, String key) {
        for (JsonNode section : report.get("sections")) {
            for (JsonNode metric : section.get("metrics")) {
                if (metric.get("key").asText().equals(key)) {
                    return metric;
                }
            }
        }
        throw new IllegalStateException("the report has no " + key + ": " + report);
    }

    private void printSummary(long events) {
        out.printf(Locale.ROOT, "%n== reporting benchmark: %,d events of %d councils, 2019–2021 ==%n", events,
                RegistryHistoryGenerator.TENANTS.size());
        int width = summary.keySet().stream().mapToInt(String::length).max().orElse(0);
        summary.forEach((figure, value) -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", figure, value));
    }

    private List<String> jvmOptions(String name, String heap) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-Dhromada.component=" + name,
                "-Ddisable-axoniq-console-message=true"));
        if (settings.flightRecordings() != null) {
            options.add(ChildJvm.flightRecording(settings.flightRecordings(), name));
        }
        return options;
    }

    private static String token(TestJwtIssuer issuer, String user, String tenant, String role) {
        // valid for the whole run, which at full size takes longer than a token's default lifetime
        return issuer.token().user(user).tenant(tenant).roles(role).expiresIn(Duration.ofHours(6)).sign();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double cpuMillisPerThousand(Duration before, Duration after, long events) {
        return after.minus(before).toNanos() / 1e6 / events * 1000;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
