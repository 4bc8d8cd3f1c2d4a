package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;
import ua.hromada.testing.MongoDatabases;
import ua.hromada.tenancy.TenantMetaData;

/**
 * While a processor far behind the store lets records' writes wait, its stored token stays where every record was
 * stored; whoever takes over after a crash replays from there and the ledger ends up as if nothing had happened.
 */
class LedgerTokenStoreTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private static final String PROCESSOR = "report-ledger-test";
    private static final String TENANT = "lysychansk";
    private static final String STOCK = "test.things";
    private static final long FAR_AHEAD = Long.MAX_VALUE;
    private static final int BATCH_SIZE = 2;

    private final LedgerGeneration generation = new LedgerGeneration(1);
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final List<TrackingEventProcessor> processors = new ArrayList<>();
    private final List<FactLedgerProjection> projections = new ArrayList<>();
    private EmbeddedEventStore eventStore;
    private MongoDatabase database;

    @BeforeEach
    void store() {
        database = mongo.fresh();
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    @AfterEach
    void stop() {
        processors.forEach(TrackingEventProcessor::shutDown);
        projections.forEach(FactLedgerProjection::close);
        eventStore.shutDown();
    }

    @Test
    void theStoredTokenStaysAtTheLastBatchAfterWhichEverythingWasStored() {
        publishThings(6);

        TrackingEventProcessor processor = processor(FAR_AHEAD, 4);
        awaitPosition(processor, 5);
        processor.shutDown();

        // batches of two: the second brought the applied events to four and stored everything, the third deferred
        assertThat(storedPosition()).isEqualTo(3);
        assertThat(recordIds()).hasSize(4);
        assertThat(stockOn("2021-12-31")).isEqualTo(4);
    }

    @Test
    void aProcessorAtTheHeadStoresEveryBatchsToken() {
        publishThings(6);

        TrackingEventProcessor processor = processor(5, 1_000);
        awaitPosition(processor, 5);
        processor.shutDown();

        assertThat(storedPosition()).isEqualTo(5);
        assertThat(recordIds()).hasSize(6);
    }

    @Test
    void aBatchThatFoundFewerEventsThanItsSizeIsAtTheHeadAndStoresEverything() {
        publishThings(5);

        // the head it would be told of is far ahead: only the last batch's size says there was nothing more
        TrackingEventProcessor processor = processor(FAR_AHEAD, 1_000);
        awaitPosition(processor, 4);
        processor.shutDown();

        assertThat(storedPosition()).isEqualTo(4);
        assertThat(recordIds()).hasSize(5);
        assertThat(stockOn("2021-12-31")).isEqualTo(5);
    }

    @Test
    void whoeverTakesOverAfterACrashReplaysTheDeferredEventsAndCountsEachOnce() {
        publishThings(6);
        TrackingEventProcessor crashed = processor(FAR_AHEAD, 4);
        awaitPosition(crashed, 5);
        crashed.shutDown();

        TrackingEventProcessor successor = processor(5, 1_000);
        awaitPosition(successor, 5);
        successor.shutDown();

        assertThat(storedPosition()).isEqualTo(5);
        assertThat(recordIds()).hasSize(6);
        assertThat(stockOn("2021-12-31")).isEqualTo(6);
        assertThat(stockOn("2021-03-04")).isEqualTo(4);
        assertEachRecordAppliedItsEventOnce();
    }

    @Test
    void aBatchWhoseWriteFailedBehindTheHeadFailsTheNextOneAndTheProcessorReplaysIt() {
        publishThings(5);
        AtomicInteger failures = new AtomicInteger();
        // the second batch (things 2 and 3) is written on the writing thread and fails there once
        MetricFamily failingOnce = new FailingOnceMetrics(LocalDate.parse("2021-03-03"), failures);

        // batches of two behind a head far ahead, the third one (thing 4) found fewer: at the head
        TrackingEventProcessor processor = processor(FAR_AHEAD, 1_000, new MetricCatalogue(List.of(failingOnce)));
        awaitPosition(processor, 4);
        awaitStoredPosition(4);
        processor.shutDown();

        assertThat(failures).hasValue(1);
        assertThat(recordIds()).hasSize(5);
        assertThat(stockOn("2021-12-31")).isEqualTo(5);
        assertEachRecordAppliedItsEventOnce();
    }

    /** The things of {@link FactLedgerWriterTest.ThingMetrics}, failing the first time it meets one made on a day. */
    static final class FailingOnceMetrics extends MetricFamily {
        FailingOnceMetrics(LocalDate failingOn, AtomicInteger failures) {
            super(MetricDefinition.stock(STOCK).in(ReportSectionKind.REGISTRIES, 100).titled("Things", "Things")
                    .counting("thing", "things", "things").build());
            replacing(FactLedgerWriterTest.ThingMade.class, event -> {
                if (event.on().equals(failingOn) && failures.compareAndSet(0, 1)) {
                    throw new IllegalStateException("the store is unavailable");
                }
                return List.of(Fact.one(STOCK, event.on(), null));
            });
        }
    }

    /** Things made on days of March 2021, one event each. */
    private void publishThings(int count) {
        for (int thing = 0; thing < count; thing++) {
            Object payload = new FactLedgerWriterTest.ThingMade(LocalDate.parse("2021-03-01").plusDays(thing));
            eventStore.publish(new GenericDomainEventMessage<>("Thing", TENANT + ":t" + thing, 0, payload,
                    MetaData.with(TenantMetaData.TENANT, TENANT).and(TenantMetaData.USER, "clerk")));
        }
    }

    private TrackingEventProcessor processor(long headPosition, int eventsDeferredAtMost) {
        return processor(headPosition, eventsDeferredAtMost,
                new MetricCatalogue(List.of(new FactLedgerWriterTest.ThingMetrics())));
    }

    private TrackingEventProcessor processor(long headPosition, int eventsDeferredAtMost, MetricCatalogue catalogue) {
        FactLedgerWriter writer = new FactLedgerWriter(database, generation, catalogue, 100,
                FactLedgerWriter.MONTH_BYTES_REMEMBERED, eventsDeferredAtMost);
        FactLedgerProjection projection = new FactLedgerProjection(writer, generation, BATCH_SIZE, () -> headPosition);
        projections.add(projection);
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(PROCESSOR)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projection)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build())
                .messageSource(eventStore)
                .tokenStore(new LedgerTokenStore(tokens, projection))
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE))
                .build();
        processors.add(processor);
        processor.start();
        return processor;
    }

    private static void awaitPosition(TrackingEventProcessor processor, long position) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            boolean reached = processor.processingStatus().values().stream()
                    .map(status -> status.getCurrentPosition().orElse(-1))
                    .anyMatch(current -> current >= position);
            if (reached) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the processor did not reach position " + position + " in 20 s");
    }

    private void awaitStoredPosition(long position) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (storedPosition() < position) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no token at position " + position + " was stored in 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every thing has one event: its record's sources name it once, however often it was delivered. */
    private void assertEachRecordAppliedItsEventOnce() {
        for (Document record : database.getCollection(generation.recordsCollection()).find()) {
            List<Long> sequences = RecordEncoding.decodeSources(record.get(FactLedgerWriter.SOURCES, Binary.class)
                    .getData()).stream().map(RecordEncoding.Source::sequence).toList();
            assertThat(sequences).as(record.getString("_id")).containsExactly(0L);
        }
    }

    private long storedPosition() {
        TrackingToken token = tokens.fetchToken(PROCESSOR, 0);
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1);
    }

    private List<String> recordIds() {
        return database.getCollection(generation.recordsCollection()).find().map(record -> record.getString("_id"))
                .into(new ArrayList<>());
    }

    private long stockOn(String day) {
        return new LedgerReader(database, new LedgerPointer(database)).factsOf(TENANT).figure(STOCK, MetricKind.STOCK,
                LocalDate.MIN, LocalDate.parse(day), Instant.parse("2030-01-01T00:00:00Z")).orElseThrow().value();
    }
}
