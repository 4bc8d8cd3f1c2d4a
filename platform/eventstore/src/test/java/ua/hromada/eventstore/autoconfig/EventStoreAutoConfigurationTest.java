package ua.hromada.eventstore.autoconfig;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.actuate.health.Status;
import ua.hromada.eventstore.EventProcessorLagGauges;
import ua.hromada.eventstore.EventStoreHealthIndicator;
import ua.hromada.eventstore.MongoEventStorageEngine;
import ua.hromada.eventstore.MongoSagaStore;
import ua.hromada.eventstore.MongoTokenStore;
import ua.hromada.testing.WithEmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application that only depends on this module gets the MongoDB stores and uses them end to end. */
@SpringBootTest(classes = LedgerApplication.class,
        properties = {"axon.axonserver.enabled=false", "axon.serializer.general=jackson",
                "axon.serializer.events=jackson", "axon.serializer.messages=jackson"})
@WithEmbeddedMongo
class EventStoreAutoConfigurationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<?> sagaStore;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoClient client;
    @Autowired
    EventStoreHealthIndicator health;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.data.mongodb.database}")
    String database;

    @Test
    void commandsAreSourcedFromTheMongoEventStore() {
        assertThat(storageEngine).isInstanceOf(MongoEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(sagaStore).isInstanceOf(MongoSagaStore.class);

        commands.sendAndWait(new LedgerApplication.OpenLedger("ledger-1"), MetaData.with("tenant", "nizhyn").and("user", "clerk"));
        commands.sendAndWait(new LedgerApplication.RecordEntry("ledger-1", 5), MetaData.with("tenant", "nizhyn"));
        int total = commands.sendAndWait(new LedgerApplication.RecordEntry("ledger-1", 7));

        assertThat(total).isEqualTo(12);
        assertThat(eventStore.readEvents("ledger-1").asStream().count()).isEqualTo(3);
        Document firstCommit = client.getDatabase(database).getCollection("events")
                .find(new Document("aggregateId", "ledger-1")).sort(new Document("_id", 1)).first();
        assertThat(firstCommit.getString("tenant")).isEqualTo("nizhyn");
        assertThat(firstCommit.getString("user")).isEqualTo("clerk");
        assertThat(eventStore.readEvents("ledger-1").next().getMetaData()).containsKey("correlationId");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        long eventsStored = client.getDatabase(database).getCollection("events").find()
                .map(commit -> (long) commit.getList("events", Document.class).size()).into(new java.util.ArrayList<>())
                .stream().mapToLong(Long::longValue).sum();
        assertThat(health.health().getDetails()).containsEntry("lastPosition", eventsStored);
    }

    @Test
    void eachProcessorsLagIsAGaugeOfTheEventsItHasNotHandledYet() throws Exception {
        commands.sendAndWait(new LedgerApplication.OpenLedger("ledger-2"));
        awaitLag(0);

        commands.sendAndWait(new LedgerApplication.RecordEntry("ledger-2", -1));
        commands.sendAndWait(new LedgerApplication.RecordEntry("ledger-2", 2));
        awaitLag(2);
        LedgerApplication.LedgerTotals.HOLD.release();
        awaitLag(0);

        EventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(LedgerApplication.LedgerTotals.PROCESSOR).orElseThrow();
        processor.shutDown();
        assertThat(lag()).as("no segment claimed here").isNaN();
        processor.start();
        awaitLag(0);
    }

    private double lag() {
        return meters.get(EventProcessorLagGauges.NAME).tag("processor", LedgerApplication.LedgerTotals.PROCESSOR)
                .gauge().value();
    }

    private void awaitLag(double expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (lag() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(lag()).isEqualTo(expected);
    }
}
