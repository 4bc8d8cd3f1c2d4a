package ua.hromada.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An in-process MongoDB-compatible server (mongo-java-server, memory backend) listening on a free loopback
 * port, so tests talk to it through the real driver and wire protocol, exactly as services do.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static EmbeddedMongo shared;

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    /** A server of its own, for tests that stop or inspect it; close it when done. */
    public static EmbeddedMongo start() {
        return new EmbeddedMongo();
    }

    /** One server per test JVM, shared by Spring test contexts (each gets a database of its own). */
    public static synchronized EmbeddedMongo shared() {
        if (shared == null) {
            shared = new EmbeddedMongo();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-mongo-shutdown"));
        }
        return shared;
    }

    public String connectionString() {
        return connectionString;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    public MongoClient newClient() {
        return MongoClients.create(connectionString);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
