package ua.hromada.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import ua.hromada.testing.EmbeddedMongo;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's central promise: with writers in several threads and several JVMs appending at once (one of
 * them killed mid-write), a tracking reader sees every stored event exactly once, in one global order, with each
 * aggregate's events in sequence.
 */
class ConcurrentWritersTest {

    private static final int COMMITS_PER_WRITER = 400;

    @Test
    void aTrackerSeesEveryEventExactlyOnceInOneOrderWhileThreadsAndProcessesAppend() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(); MongoClient client = mongo.newClient()) {
            String databaseName = "concurrency";
            MongoDatabase database = client.getDatabase(databaseName);
            EventStoreTestSupport.engine(database);

            Process completingProcess = startWriterProcess(mongo, databaseName, "process-a", COMMITS_PER_WRITER);
            Process killedProcess = startWriterProcess(mongo, databaseName, "process-killed", 0);

            List<Throwable> writerFailures = new CopyOnWriteArrayList<>();
            List<ConcurrentWriter> threadWriters = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                // an engine per writer: separate head caches, as in separate services
                ConcurrentWriter writer = new ConcurrentWriter(EventStoreTestSupport.engine(database), "thread-" + i, COMMITS_PER_WRITER);
                threadWriters.add(writer);
                Thread thread = new Thread(writer, "writer-" + i);
                thread.setUncaughtExceptionHandler((t, failure) -> writerFailures.add(failure));
                threads.add(thread);
            }
            Tracker tracker = new Tracker(EventStoreTestSupport.engine(database));
            Thread trackerThread = new Thread(tracker, "tracker");
            trackerThread.start();
            threads.forEach(Thread::start);

            awaitEventsOf(database, "process-killed", 50);
            killedProcess.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(3).toMillis());
            }
            assertThat(writerFailures).as("writer threads failed").isEmpty();
            assertThat(completingProcess.waitFor(3, TimeUnit.MINUTES)).as("writer process finished").isTrue();
            assertThat(completingProcess.exitValue()).isZero();

            long stored = storedEvents(database);
            tracker.stopWhenReached(stored);
            trackerThread.join(Duration.ofMinutes(1).toMillis());

            assertThat(tracker.positions).hasSize((int) stored);
            for (int i = 0; i < tracker.positions.size(); i++) {
                assertThat(tracker.positions.get(i)).as("position %d", i).isEqualTo(i + 1L);
            }
            assertThat(new HashSet<>(tracker.eventIds)).hasSize((int) stored);
            tracker.sequencesByAggregate.forEach((aggregate, sequences) -> {
                for (int i = 0; i < sequences.size(); i++) {
                    assertThat(sequences.get(i)).as("%s event %d", aggregate, i).isEqualTo((long) i);
                }
            });
            for (ConcurrentWriter writer : threadWriters) {
                assertThat(writer.eventsWritten()).isPositive();
            }
            int writtenByThreads = threadWriters.stream().mapToInt(ConcurrentWriter::eventsWritten).sum();
            assertThat(tracker.countByUser("thread-0") + tracker.countByUser("thread-1") + tracker.countByUser("thread-2"))
                    .isEqualTo(writtenByThreads);
            assertThat(tracker.countByUser("process-a")).isGreaterThanOrEqualTo(COMMITS_PER_WRITER);
            assertThat(tracker.countByUser("process-killed")).isGreaterThanOrEqualTo(50);
            assertThat(tracker.sequencesByAggregate.get(ConcurrentWriter.SHARED_AGGREGATE)).isNotEmpty();
            System.out.printf("concurrent writers: %d events stored by 3 threads and 2 processes (one killed after %d events), "
                              + "tracker saw each exactly once in position order; shared aggregate has %d events%n",
                              stored, tracker.countByUser("process-killed"),
                              tracker.sequencesByAggregate.get(ConcurrentWriter.SHARED_AGGREGATE).size());
        }
    }

    private static Process startWriterProcess(EmbeddedMongo mongo, String database, String name, int commits) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                                  ConcurrentWriter.class.getName(), mongo.connectionString(), database, name,
                                  String.valueOf(commits))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/writer-" + name + ".log"))
                .start();
    }

    private static void awaitEventsOf(MongoDatabase database, String user, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (database.getCollection("events").countDocuments(Filters.eq("user", user)) < atLeast) {
            assertThat(Instant.now()).as("writer %s started writing", user).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static long storedEvents(MongoDatabase database) {
        long count = 0;
        for (Document commit : database.getCollection("events").find()) {
            count += commit.getList("events", Document.class).size();
        }
        return count;
    }

    /** Reads the store the way Axon's event processors do: a stream from the last token, reopened when drained. */
    private static final class Tracker implements Runnable {

        private final MongoEventStorageEngine engine;
        private final List<Long> positions = new ArrayList<>();
        private final List<String> eventIds = new ArrayList<>();
        private final List<String> users = new ArrayList<>();
        private final Map<String, List<Long>> sequencesByAggregate = new HashMap<>();
        private volatile long stopAt = Long.MAX_VALUE;

        private Tracker(MongoEventStorageEngine engine) {
            this.engine = engine;
        }

        void stopWhenReached(long count) {
            stopAt = count;
        }

        long countByUser(String user) {
            return users.stream().filter(user::equals).count();
        }

        @Override
        public void run() {
            TrackingToken token = null;
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
            while (positions.size() < stopAt && Instant.now().isBefore(giveUp)) {
                try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                    Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                    while (events.hasNext()) {
                        TrackedEventMessage<?> event = events.next();
                        token = event.trackingToken();
                        positions.add(token.position().orElseThrow());
                        eventIds.add(event.getIdentifier());
                        users.add((String) event.getMetaData().get("user"));
                        DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
                        sequencesByAggregate.computeIfAbsent(domainEvent.getAggregateIdentifier(), a -> new ArrayList<>())
                                .add(domainEvent.getSequenceNumber());
                    }
                }
                pause();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
