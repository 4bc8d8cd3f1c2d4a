package ua.hromada.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import ua.hromada.eventstore.MongoEventStorageEngine;
import ua.hromada.eventstore.MongoTokenStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Measures the MongoDB event store on the embedded server, each figure beside a raw-driver baseline taken in the
 * same run on the same server: appends against {@code insertMany} of the same events in the same batch sizes
 * (interleaved chunk by chunk, so machine noise hits both), replay through a pooled streaming processor against a
 * sorted read of the same collection, and aggregate loads at two store sizes.
 *
 * <p>Run it with {@code ./hromada bench eventstore} (arguments: {@code --events=N --checkpoint=N --samples=N
 * --backend=embedded|h2|memory --processor=pooled|tracking}): {@code embedded}, the default, is the project's server as the launcher runs it;
 * {@code h2} and {@code memory} are mongo-java-server's stock backends in this JVM, as the first measurements used).
 */
public final class EventStoreBenchmark {

    /** The backend {@code --backend} names by default: the server the launcher runs, not one in this JVM. */
    static final String EMBEDDED = "embedded";
    static final int EVENTS_PER_AGGREGATE = 100;
    static final int EVENTS_PER_COMMIT = 10;
    private static final int CHUNK_EVENTS = 5_000;

    private final Settings settings;
    private final PrintStream out;
    private final ObjectMapper objectMapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(objectMapper).build();

    /** How much to store and where. */
    public record Settings(long totalEvents, long checkpointEvents, int loadSamples, String backend, String processor) {

        static Settings parse(String[] args) {
            Map<String, String> options = Arrays.stream(args)
                    .filter(arg -> arg.startsWith("--") && arg.contains("="))
                    .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
            long total = Long.parseLong(options.getOrDefault("events", "1000000"));
            long checkpoint = Long.parseLong(options.getOrDefault("checkpoint", "100000"));
            int samples = Integer.parseInt(options.getOrDefault("samples", "1000"));
            return new Settings(total, Math.min(checkpoint, total), samples, options.getOrDefault("backend", EMBEDDED),
                                options.getOrDefault("processor", "tracking"));
        }
    }

    /** The figures one run produced. */
    public record Result(double appendEventsPerSecond, double rawInsertEventsPerSecond,
                         double replayEventsPerSecond, double rawReadEventsPerSecond,
                         Latencies loadAtCheckpoint, Latencies loadAtTotal) {

        double appendRatio() {
            return appendEventsPerSecond / rawInsertEventsPerSecond;
        }

        double replayRatio() {
            return replayEventsPerSecond / rawReadEventsPerSecond;
        }
    }

    /** Percentiles of aggregate loads in milliseconds. */
    public record Latencies(double p50, double p99, int samples) {
    }

    /** A realistic civic-registry event: what a registration of an organisation carries. */
    public record OrganisationRegistered(String organisationId, String kind, String name, LocalDate registeredOn,
                                         String code, long sequence) {
    }

    EventStoreBenchmark(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        new EventStoreBenchmark(Settings.parse(args), System.out).run();
        System.exit(0);
    }

    Result run() {
        Path directory = temporaryDirectory();
        try {
            if (EMBEDDED.equals(settings.backend())) {
                return onTheEmbeddedServer(directory);
            }
            MongoBackend backend = "memory".equals(settings.backend())
                    ? new MemoryBackend()
                    : new H2Backend(directory.resolve("benchmark.mv").toString());
            MongoServer server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            printHeader("mongo-java-server's stock " + settings.backend() + " backend in this JVM");
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                return measure(client);
            } finally {
                server.shutdownNow();
            }
        } finally {
            deleteQuietly(directory);
        }
    }

    /** The server {@code ./hromada up} runs: its jar in a JVM of its own, on a fresh data file. */
    private Result onTheEmbeddedServer(Path directory) {
        try {
            int port = ChildJvm.freePort();
            try (ChildJvm mongo = ChildJvm.embeddedMongo(directory, List.of("-Xmx4g", "-Dhromada.component=mongo"),
                    Path.of(System.getProperty("hromada.root", ".")),
                    System.getProperty("hromada.version", "0.1.0-SNAPSHOT"), port, directory.resolve("benchmark.mv"))) {
                printHeader("the project's embedded server (its jar, a JVM of its own with a 4 GB heap)");
                try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                    return measure(client);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void printHeader(String server) {
        out.printf(Locale.ROOT, "Hromada event store benchmark on %s over loopback, Java %s, %d cores, max heap %d MiB%n",
                server, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private Result measure(MongoClient client) {
        warmUp(client.getDatabase("warmup"));

        MongoDatabase database = client.getDatabase("benchmark");
        MongoEventStorageEngine engine = engine(database);
        MongoCollection<Document> raw = client.getDatabase("baseline").getCollection("events");
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();

        long aggregatesAtCheckpoint = settings.checkpointEvents() / EVENTS_PER_AGGREGATE;
        long[] times = appendInterleaved(engine, raw, 0, aggregatesAtCheckpoint);
        double appendRate = settings.checkpointEvents() / seconds(times[0]);
        double rawRate = settings.checkpointEvents() / seconds(times[1]);
        out.printf(Locale.ROOT, "append: engine %,.0f events/s | raw insertMany %,.0f events/s | ratio %.2f  (%,d events, commits of %d, single writer)%n",
                   appendRate, rawRate, appendRate / rawRate, settings.checkpointEvents(), EVENTS_PER_COMMIT);
        client.getDatabase("baseline").drop();

        Latencies atCheckpoint = loadAggregates(eventStore, aggregatesAtCheckpoint);
        out.printf(Locale.ROOT, "aggregate load at %,d events: p50 %.2f ms | p99 %.2f ms  (%d loads of %d-event aggregates)%n",
                   settings.checkpointEvents(), atCheckpoint.p50(), atCheckpoint.p99(), atCheckpoint.samples(), EVENTS_PER_AGGREGATE);

        long totalAggregates = settings.totalEvents() / EVENTS_PER_AGGREGATE;
        long fillStart = System.nanoTime();
        appendInterleaved(engine, null, aggregatesAtCheckpoint, totalAggregates);
        double fillRate = (settings.totalEvents() - settings.checkpointEvents()) / seconds(System.nanoTime() - fillStart);
        out.printf(Locale.ROOT, "fill to %,d events: engine %,.0f events/s%n", settings.totalEvents(), fillRate);

        Latencies atTotal = loadAggregates(eventStore, totalAggregates);
        out.printf(Locale.ROOT, "aggregate load at %,d events: p50 %.2f ms | p99 %.2f ms  (%d loads of %d-event aggregates)%n",
                   settings.totalEvents(), atTotal.p50(), atTotal.p99(), atTotal.samples(), EVENTS_PER_AGGREGATE);

        double rawReadRate = rawSortedRead(database);
        double replayRate = replayThroughProcessor(database, eventStore);
        out.printf(Locale.ROOT, "replay: " + settings.processor() + " streaming processor %,.0f events/s | raw sorted read %,.0f events/s | ratio %.2f  (%,d events)%n",
                   replayRate, rawReadRate, replayRate / rawReadRate, settings.totalEvents());
        eventStore.shutDown();
        return new Result(appendRate, rawRate, replayRate, rawReadRate, atCheckpoint, atTotal);
    }

    private MongoEventStorageEngine engine(MongoDatabase database) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    private void warmUp(MongoDatabase database) {
        MongoEventStorageEngine engine = engine(database);
        appendInterleaved(engine, database.getCollection("raw"), 0, Math.min(100, settings.checkpointEvents() / EVENTS_PER_AGGREGATE));
        database.drop();
    }

    /**
     * Appends aggregates {@code [from, to)} round-robin in commits of {@link #EVENTS_PER_COMMIT}, so aggregate streams
     * interleave as they do in a live system. With a baseline collection, every chunk is also written with
     * {@code insertMany} right after; returns nanoseconds spent in the engine and in the baseline.
     */
    private long[] appendInterleaved(MongoEventStorageEngine engine, MongoCollection<Document> baseline, long from, long to) {
        long engineNanos = 0;
        long baselineNanos = 0;
        int commitsPerAggregate = EVENTS_PER_AGGREGATE / EVENTS_PER_COMMIT;
        long aggregatesPerChunk = Math.max(1, CHUNK_EVENTS / EVENTS_PER_AGGREGATE);
        for (long chunkStart = from; chunkStart < to; chunkStart += aggregatesPerChunk) {
            long chunkEnd = Math.min(to, chunkStart + aggregatesPerChunk);
            long start = System.nanoTime();
            for (int commit = 0; commit < commitsPerAggregate; commit++) {
                for (long aggregate = chunkStart; aggregate < chunkEnd; aggregate++) {
                    engine.appendEvents(commitOf(aggregate, commit));
                }
            }
            engineNanos += System.nanoTime() - start;
            if (baseline != null) {
                start = System.nanoTime();
                for (int commit = 0; commit < commitsPerAggregate; commit++) {
                    for (long aggregate = chunkStart; aggregate < chunkEnd; aggregate++) {
                        baseline.insertMany(rawDocumentsOf(aggregate, commit));
                    }
                }
                baselineNanos += System.nanoTime() - start;
            }
        }
        return new long[]{engineNanos, baselineNanos};
    }

    private List<DomainEventMessage<?>> commitOf(long aggregate, int commit) {
        List<DomainEventMessage<?>> events = new ArrayList<>(EVENTS_PER_COMMIT);
        for (int i = 0; i < EVENTS_PER_COMMIT; i++) {
            long sequence = (long) commit * EVENTS_PER_COMMIT + i;
            events.add(new GenericDomainEventMessage<>("Organisation", aggregateId(aggregate), sequence,
                                                       payload(aggregate, sequence),
                                                       MetaData.with("tenant", tenantOf(aggregate)).and("user", "benchmark")));
        }
        return events;
    }

    /** What a hand-written appender would store for the same events: one document per event, JSON payload. */
    private List<Document> rawDocumentsOf(long aggregate, int commit) {
        List<Document> documents = new ArrayList<>(EVENTS_PER_COMMIT);
        for (int i = 0; i < EVENTS_PER_COMMIT; i++) {
            long sequence = (long) commit * EVENTS_PER_COMMIT + i;
            try {
                documents.add(new Document("eventId", UUID.randomUUID().toString())
                                      .append("aggregateId", aggregateId(aggregate))
                                      .append("seq", sequence)
                                      .append("tenant", tenantOf(aggregate))
                                      .append("payloadType", OrganisationRegistered.class.getName())
                                      .append("payload", objectMapper.writeValueAsString(payload(aggregate, sequence))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static String aggregateId(long aggregate) {
        return "organisation-" + aggregate;
    }

    private static String tenantOf(long aggregate) {
        return aggregate % 3 == 0 ? "lysychansk" : aggregate % 3 == 1 ? "nizhyn" : "kehychiv";
    }

    private static OrganisationRegistered payload(long aggregate, long sequence) {
        return new OrganisationRegistered(aggregateId(aggregate), "ngo", "Громадська організація «Світанок» №" + aggregate,
                                          LocalDate.of(2020, 1, 1).plusDays(sequence), "4412" + aggregate, sequence);
    }

    private Latencies loadAggregates(EmbeddedEventStore eventStore, long aggregates) {
        Random random = new Random(42);
        int samples = (int) Math.min(settings.loadSamples(), Math.max(1, aggregates));
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            String id = aggregateId((long) (random.nextDouble() * aggregates));
            long start = System.nanoTime();
            DomainEventStream stream = eventStore.readEvents(id);
            long loaded = 0;
            while (stream.hasNext()) {
                if (stream.next().getPayload() != null) {
                    loaded++;
                }
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            if (loaded != EVENTS_PER_AGGREGATE) {
                throw new IllegalStateException("Aggregate " + id + " loaded " + loaded + " events");
            }
        }
        Arrays.sort(millis);
        return new Latencies(percentile(millis, 0.50), percentile(millis, 0.99), samples);
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private double rawSortedRead(MongoDatabase database) {
        long start = System.nanoTime();
        long events = 0;
        for (Document commit : database.getCollection("events").find().sort(Sorts.ascending("_id")).batchSize(1000)) {
            events += commit.getList("events", Document.class).size();
        }
        if (events != settings.totalEvents()) {
            throw new IllegalStateException("Raw read found " + events + " events");
        }
        return events / seconds(System.nanoTime() - start);
    }

    /**
     * A new read model built from the whole history, as a rebuild does: the processor starts at the tail with a
     * plain token. (Axon's default initial token is a replay token, under which it handles one event per batch.)
     */
    private double replayThroughProcessor(MongoDatabase database, EmbeddedEventStore eventStore) {
        EventCounter counter = new EventCounter();
        MongoTokenStore tokenStore = new MongoTokenStore(database, serializer);
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventStore(c -> eventStore)
                .registerComponent(TokenStore.class, c -> tokenStore)
                .eventProcessing(processing -> {
                    if ("tracking".equals(settings.processor())) {
                        processing.registerTrackingEventProcessor(
                                "replay-benchmark", c -> eventStore,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(1000)
                                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
                    } else {
                        processing.registerPooledStreamingEventProcessor(
                                "replay-benchmark", c -> eventStore,
                                (c, builder) -> builder.batchSize(1000).initialSegmentCount(1)
                                        .initialToken(StreamableMessageSource::createTailToken));
                    }
                    processing.registerEventHandler(c -> counter)
                            .assignHandlerInstancesMatching("replay-benchmark", handler -> handler == counter);
                })
                .buildConfiguration();
        configuration.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        // the clock starts at the first handled event: claiming segments is start-up, not replay
        while (counter.count.get() == 0) {
            checkDeadline(deadline, counter);
            Thread.onSpinWait();
        }
        long start = System.nanoTime();
        long countedBeforeStart = counter.count.get();
        while (counter.count.get() < settings.totalEvents()) {
            checkDeadline(deadline, counter);
            sleep(2);
        }
        double rate = (settings.totalEvents() - countedBeforeStart) / seconds(System.nanoTime() - start);
        configuration.shutdown();
        return rate;
    }

    private static void checkDeadline(long deadline, EventCounter counter) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Replay stalled at " + counter.count.get() + " events");
        }
    }

    /** A projection that does nothing but deserialize and count, so the figure is the store's and Axon's cost. */
    static final class EventCounter {
        final AtomicLong count = new AtomicLong();

        @EventHandler
        void on(OrganisationRegistered event) {
            if (event.sequence() >= 0) {
                count.incrementAndGet();
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("hromada-benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
