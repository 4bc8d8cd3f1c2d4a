package ua.hromada.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.UUID;

/**
 * A JUnit extension for tests of code that talks to MongoDB without Spring: one in-process server for the test
 * class, and a fresh database whenever a test asks, so tests never see each other's documents.
 *
 * <pre>{@code @RegisterExtension static final MongoDatabases mongo = new MongoDatabases(); ... mongo.fresh()}</pre>
 */
public final class MongoDatabases implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedMongo server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedMongo.start();
        client = server.newClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.close();
    }

    public MongoDatabase fresh() {
        return client.getDatabase("test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }
}
