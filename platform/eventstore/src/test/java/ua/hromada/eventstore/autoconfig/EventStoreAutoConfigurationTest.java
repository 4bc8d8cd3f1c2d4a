package ua.hromada.eventstore.autoconfig;

import com.mongodb.client.MongoClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
        Document firstCommit = client.getDatabase(database).getCollection("events").find().first();
        assertThat(firstCommit.getString("tenant")).isEqualTo("nizhyn");
        assertThat(firstCommit.getString("user")).isEqualTo("clerk");
        assertThat(eventStore.readEvents("ledger-1").next().getMetaData()).containsKey("correlationId");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("lastPosition", 3L);
    }
}
