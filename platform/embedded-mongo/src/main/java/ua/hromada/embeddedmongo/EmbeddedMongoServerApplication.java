package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB: mongo-java-server with the H2 backend, persisting to one MVStore file.
 *
 * <p>Run as {@code java -jar hromada-embedded-mongo-<version>.jar [--host=..] [--port=..] [--data-file=..]}
 * (see {@link EmbeddedMongoSettings}). SIGTERM or Ctrl-C stops listening and closes the backend, which
 * commits the MVStore file, so the data is there at the next start.
 */
public final class EmbeddedMongoServerApplication implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServerApplication.class);

    private final EmbeddedMongoSettings settings;
    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private boolean closed;

    private EmbeddedMongoServerApplication(EmbeddedMongoSettings settings) {
        this.settings = settings;
        Path dataFile = settings.dataFile();
        try {
            Path parent = dataFile.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + dataFile, e);
        }
        this.backend = new EmbeddedH2Backend(dataFile.toString());
        this.server = new MongoServer(backend);
        try {
            server.bind(settings.host(), settings.port());
            this.address = server.getLocalAddress();
        } catch (Exception e) { // netty throws java.net.BindException undeclared
            // stop the event loops (non-daemon threads) and release the file lock, or the JVM would hang
            try {
                server.shutdownNow();
            } finally {
                if (!backend.getMvStore().isClosed()) {
                    backend.close();
                }
            }
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e + ")", e);
        }
        log.info("embedded MongoDB listening on {}:{}, data in {}",
                address.getHostString(), address.getPort(), dataFile);
    }

    /** Opens (or creates) the data file and starts listening; {@link #close()} it to commit and stop. */
    public static EmbeddedMongoServerApplication start(EmbeddedMongoSettings settings) {
        return new EmbeddedMongoServerApplication(settings);
    }

    public InetSocketAddress address() {
        return address;
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public EmbeddedMongoSettings settings() {
        return settings;
    }

    /** Stops accepting connections, closes the open ones and commits and closes the data file. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown(); // also closes the backend in mongo-java-server 1.47
        } finally {
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
        log.info("embedded MongoDB stopped, data committed to {}", settings.dataFile());
    }

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(EmbeddedMongoSettings.USAGE);
                return;
            }
        }
        EmbeddedMongoSettings settings;
        try {
            settings = EmbeddedMongoSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("embedded MongoDB: " + e.getMessage());
            System.err.print(EmbeddedMongoSettings.USAGE);
            System.exit(2);
            return;
        }

        EmbeddedMongoServerApplication app;
        try {
            app = start(settings);
        } catch (Exception e) {
            log.error("embedded MongoDB could not start on {}:{} with data in {}: {}",
                    settings.host(), settings.port(), settings.dataFile(), e.toString());
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } finally {
                stopped.countDown();
            }
        }, "embedded-mongo-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
