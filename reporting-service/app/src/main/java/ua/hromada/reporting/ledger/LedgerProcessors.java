package ua.hromada.reporting.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.SmartLifecycle;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import ua.hromada.reporting.metric.MetricCatalogue;

/**
 * Runs the tracking processors that build ledger generations: the live one always, and the one a rebuild builds
 * beside it. They are created here rather than by Axon's configuration because a rebuild starts one while the
 * service runs. Each reads the whole event store from its start; its token is stored under its own name.
 */
public class LedgerProcessors implements SmartLifecycle {

    private final MongoDatabase database;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final MetricCatalogue catalogue;
    private final LedgerPointer pointer;
    private final int batchSize;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private volatile boolean started;

    public LedgerProcessors(MongoDatabase database, EventStore eventStore, TokenStore tokenStore,
                            MetricCatalogue catalogue, LedgerPointer pointer, int batchSize, MeterRegistry meters) {
        this.database = database;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.catalogue = catalogue;
        this.pointer = pointer;
        this.batchSize = batchSize;
        Gauge.builder("hromada.reports.ledger.lag", this, LedgerProcessors::liveLag)
                .description("Events in the store the live fact ledger has not processed yet")
                .baseUnit("events")
                .register(meters);
    }

    @Override
    public void start() {
        startProcessor(pointer.live());
        started = true;
    }

    @Override
    public void stop() {
        running.values().forEach(Running::stop);
        running.clear();
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Starts building {@code generation} (from where its token stands, or from the store's first event). */
    public synchronized void startProcessor(LedgerGeneration generation) {
        running.computeIfAbsent(generation.number(), number -> {
            FactLedgerProjection projection = new FactLedgerProjection(
                    new FactLedgerWriter(database, generation, catalogue), generation, batchSize, this::head);
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name(generation.processorName())
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(projection)
                            .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                            .build())
                    .messageSource(eventStore)
                    .tokenStore(new LedgerTokenStore(tokenStore, projection))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andBatchSize(batchSize)
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .build();
            processor.start();
            return new Running(processor, projection);
        });
    }

    /** Stops building {@code generation} and forgets its token; its collections stay until dropped. */
    public synchronized void stopProcessor(LedgerGeneration generation) {
        Running building = running.remove(generation.number());
        if (building != null) {
            building.stop();
        }
    }

    /** Stops every processor whose generation is not among {@code generations}: another instance switched. */
    public synchronized void retainOnly(Set<Long> generations) {
        for (Long number : List.copyOf(running.keySet())) {
            if (!generations.contains(number)) {
                stopProcessor(new LedgerGeneration(number));
            }
        }
    }

    /** Drops the generation's collections: after a switch for the one replaced, after a failure for the new one. */
    public void drop(LedgerGeneration generation) {
        for (String collection : List.of(generation.recordsCollection(), generation.cellsCollection(),
                generation.tenantsCollection(), generation.baselinesCollection())) {
            database.getCollection(collection).drop();
        }
    }

    /** How far the generation's processor got: the global position of the last event it handled. */
    public OptionalLong position(LedgerGeneration generation) {
        Running building = running.get(generation.number());
        if (building == null) {
            return OptionalLong.empty();
        }
        OptionalLong slowestSegment = building.segments().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        return slowestSegment.isPresent() ? slowestSegment : OptionalLong.of(0);
    }

    /** Whether the generation's processor failed on an event and is retrying. */
    public boolean failing(LedgerGeneration generation) {
        Running building = running.get(generation.number());
        return building != null && building.segments().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    /** The global position of the last event in the store. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** A generation's processor and its projection, which has a writing thread of its own to stop after it. */
    private record Running(TrackingEventProcessor processor, FactLedgerProjection projection) {
        Collection<EventTrackerStatus> segments() {
            return processor.processingStatus().values();
        }

        void stop() {
            processor.shutDown();
            projection.close();
        }
    }

    private double liveLag() {
        if (!started) {
            return Double.NaN;
        }
        return Math.max(0, head() - position(pointer.live()).orElse(0));
    }
}
