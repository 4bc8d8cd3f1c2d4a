package ua.hromada.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Appends commits the way several services would: mostly to aggregates of its own, sometimes to one aggregate
 * every writer shares, where it loses optimistic-concurrency races and retries after reloading. Runs in a thread
 * of the test JVM or, through {@link #main}, as a separate JVM.
 */
final class ConcurrentWriter implements Runnable {

    static final String SHARED_AGGREGATE = "shared";

    private final MongoEventStorageEngine engine;
    private final String name;
    private final int commits;
    private final Random random;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private int eventsWritten;

    ConcurrentWriter(MongoEventStorageEngine engine, String name, int commits) {
        this.engine = engine;
        this.name = name;
        this.commits = commits;
        this.random = new Random(name.hashCode());
    }

    /** {@code <connection string> <database> <writer name> <commits, or 0 to write until killed>}. */
    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoEventStorageEngine engine = EventStoreTestSupport.engine(client.getDatabase(args[1]));
            int commits = Integer.parseInt(args[3]);
            new ConcurrentWriter(engine, args[2], commits == 0 ? Integer.MAX_VALUE : commits).run();
        }
    }

    @Override
    public void run() {
        for (int commit = 0; commit < commits; commit++) {
            if (random.nextInt(5) == 0) {
                appendToSharedAggregate();
            } else {
                String aggregate = name + "-" + random.nextInt(10);
                long first = nextSequence.getOrDefault(aggregate, 0L);
                int size = 1 + random.nextInt(4);
                engine.appendEvents(events(aggregate, first, size));
                nextSequence.put(aggregate, first + size);
                eventsWritten += size;
            }
        }
    }

    private void appendToSharedAggregate() {
        while (true) {
            long first = engine.lastSequenceNumberFor(SHARED_AGGREGATE).map(last -> last + 1).orElse(0L);
            try {
                engine.appendEvents(events(SHARED_AGGREGATE, first, 2));
                eventsWritten += 2;
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
                // another writer appended first: reload and try again, as a command would be retried
            }
        }
    }

    private List<DomainEventMessage<?>> events(String aggregate, long first, int size) {
        List<DomainEventMessage<?>> events = new ArrayList<>(size);
        for (long sequence = first; sequence < first + size; sequence++) {
            events.add(new GenericDomainEventMessage<>("Ledger", aggregate, sequence,
                                                       new EventStoreTestSupport.RecordedFact(aggregate, sequence, name),
                                                       MetaData.with("user", name)));
        }
        return events;
    }

    int eventsWritten() {
        return eventsWritten;
    }
}
