package ua.hromada.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import ua.hromada.testing.EmbeddedMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token store and a projection's writes are not atomic together. A projection stays correct if it is
 * idempotent by the event's position: this test crashes the handler after its write and before the token is
 * stored, and restarts the processor on another node, and no event is lost or counted twice.
 */
class ProcessorRedeliveryTest {

    private static final String PROCESSOR = "ledger-totals";

    @Test
    void aCrashBetweenTheProjectionWriteAndTheTokenUpdateNeitherLosesNorDoubleCounts() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(); MongoClient client = mongo.newClient()) {
            MongoDatabase database = client.getDatabase("redelivery");
            MongoEventStorageEngine engine = EventStoreTestSupport.engine(database);
            for (int aggregate = 0; aggregate < 20; aggregate++) {
                engine.appendEvents(EventStoreTestSupport.events("org-" + aggregate, 0, 5));
            }
            LedgerTotals totals = new LedgerTotals(database.getCollection("ledger_totals"), 37);

            Configuration first = start(database, engine, totals);
            awaitTotal(database, 100);
            first.shutdown();
            assertThat(totals.crashed).as("the handler crashed once after writing").isTrue();

            for (int aggregate = 0; aggregate < 20; aggregate++) {
                engine.appendEvents(EventStoreTestSupport.events("org-" + aggregate, 5, 1));
            }
            Configuration second = start(database, engine, new LedgerTotals(database.getCollection("ledger_totals"), -1));
            awaitTotal(database, 120);
            second.shutdown();

            for (Document total : database.getCollection("ledger_totals").find()) {
                assertThat(total.getInteger("events")).as(total.getString("_id")).isEqualTo(6);
            }
        }
    }

    private static Configuration start(MongoDatabase database, MongoEventStorageEngine engine, LedgerTotals totals) {
        MongoTokenStore tokenStore = new MongoTokenStore(database, EventStoreTestSupport.SERIALIZER);
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> EventStoreTestSupport.SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(PROCESSOR)
                        .registerEventHandler(c -> totals)
                        .assignHandlerInstancesMatching(PROCESSOR, handler -> handler == totals)
                        .registerListenerInvocationErrorHandler(PROCESSOR, c -> PropagatingErrorHandler.instance())
                        .registerTokenStore(PROCESSOR, c -> tokenStore))
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    private static void awaitTotal(MongoDatabase database, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (total(database) < expected) {
            assertThat(Instant.now()).as("projection reached %d events", expected).isBefore(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertThat(total(database)).isEqualTo(expected);
    }

    private static int total(MongoDatabase database) {
        int total = 0;
        for (Document document : database.getCollection("ledger_totals").find()) {
            total += document.getInteger("events");
        }
        return total;
    }

    /** Counts events per aggregate, skipping any event at or below the last aggregate sequence it applied. */
    static final class LedgerTotals {

        private final MongoCollection<Document> totals;
        private final long crashAfterWritingSequenceOf;
        private volatile boolean crashed;
        private final AtomicBoolean crashPending = new AtomicBoolean(true);

        LedgerTotals(MongoCollection<Document> totals, long crashAfterWritingSequenceOf) {
            this.totals = totals;
            this.crashAfterWritingSequenceOf = crashAfterWritingSequenceOf;
        }

        @EventHandler
        void on(EventStoreTestSupport.RecordedFact fact, @SequenceNumber long sequence, TrackingToken token) {
            try {
                totals.updateOne(Filters.and(Filters.eq("_id", fact.aggregateId()), Filters.lt("lastSequence", sequence)),
                                 Updates.combine(Updates.inc("events", 1), Updates.set("lastSequence", sequence)),
                                 new UpdateOptions().upsert(true));
            } catch (MongoWriteException alreadyApplied) {
                if (alreadyApplied.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw alreadyApplied;
                }
            }
            if (token.position().orElse(-1) == crashAfterWritingSequenceOf && crashPending.getAndSet(false)) {
                crashed = true;
                throw new IllegalStateException("simulated crash after the write, before the token is stored");
            }
        }
    }
}
