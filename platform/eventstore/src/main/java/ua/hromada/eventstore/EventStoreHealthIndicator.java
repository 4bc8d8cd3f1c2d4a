package ua.hromada.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * A service without its event store can neither record nor answer, so its health follows the store's: a ping
 * to the database, with the number of the newest commit as a detail for operators.
 */
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final ObjectProvider<EventStorageEngine> engine;

    public EventStoreHealthIndicator(MongoDatabase database, ObjectProvider<EventStorageEngine> engine) {
        super("Event store is not reachable");
        this.database = database;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
        if (engine.getIfAvailable() instanceof MongoEventStorageEngine mongoEngine) {
            builder.withDetail("lastPosition", mongoEngine.createHeadToken().position().orElse(0));
        }
    }
}
