package ua.hromada.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon event storage engine on the MongoDB sync driver, correct on a replica set and on the embedded
 * mongo-java-server alike.
 *
 * <p>Each unit of work becomes one <em>commit document</em> holding all its events, because the embedded server
 * has no multi-document transactions and a single insert is atomic everywhere. Commits are numbered densely
 * ({@code _id} = 1, 2, 3, …) and each event gets a dense global position ({@code firstGlobal … lastGlobal}).
 * A writer derives commit {@code n + 1} from commit {@code n}, which it has seen, and the unique {@code _id}
 * lets only one writer win each number; the loser re-reads the head and retries. So a commit becomes visible
 * only after its predecessor is visible: the stored commits are always a gap-free prefix, and a tracking
 * processor walking positions in order can never skip an event, whatever the number of writers and JVMs, and
 * needs no gap bookkeeping (contrast Axon's JPA engine and its {@code GapAwareTrackingToken}).
 *
 * <p>Optimistic concurrency per aggregate comes from a second unique key, {@code streamKey} = aggregate id and
 * first sequence number of the commit. Because commits are atomic, every writer that loaded an aggregate saw
 * whole commits, so two conflicting writers always start at the same sequence number and collide on that key.
 *
 * <p>The embedded server only uses a unique index for an equality or {@code $in} query on exactly its keys (no
 * ranges, sorts happen in memory), so every hot read is an {@code $in} over known keys: the next commits by
 * number for tracking, the next stream keys for an aggregate load. A real MongoDB uses the same indexes.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);

    static final String ID = "_id";
    static final String FIRST_GLOBAL = "firstGlobal";
    static final String LAST_GLOBAL = "lastGlobal";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQ = "firstSeq";
    static final String LAST_SEQ = "lastSeq";
    static final String TENANT = "tenant";
    static final String USER = "user";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";
    static final String EVENT_ID = "eventId";
    static final String SEQ = "seq";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String REVISION = "revision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private static final int HEAD_PROBE_WINDOW = 64;
    private static final int MAX_APPEND_ATTEMPTS = 10_000;
    /** Commits one append writes at most for the threads queued behind it. */
    private static final int MAX_GROUP_COMMIT = 64;
    private static final int COMMIT_END_CACHE_SIZE = 4096;
    private static final long CATCH_UP_THRESHOLD = 10_000;
    /**
     * Commits a reader far behind the head fetches per query. mongo-java-server's stock backend matches each document
     * an {@code $in} finds against the whole list again, so a page's cost grows with the square of its size (at 1,000
     * a page that was an eighth of its time in a replay of a million events); the project's embedded server matches
     * id lists by set, but the engine also runs on the stock backend.
     */
    private static final int CATCH_UP_PAGE = 200;
    /**
     * Pages a catch-up reads ahead of its reader: the reader waits now and then (a processor storing a batch), and
     * the pages it will want next are read meanwhile; some 3,000 events, a few megabytes.
     */
    private static final int CATCH_UP_PAGES_AHEAD = 16;

    private final MongoCollection<Document> commitsForWriting;
    private final MongoCollection<Document> commitsForTracking;
    /** The same commits read as their BSON bytes, which {@link StoredCommit} decodes for tracking. */
    private final MongoCollection<RawBsonDocument> rawCommitsForTracking;
    private final MongoCollection<Document> snapshots;
    private final int maxEventsPerCommit;
    private static final long SNAPSHOT_CHECK_INTERVAL_MILLIS = 10_000;
    private static final long FIRST_LOAD_WINDOW = 8;

    private final ReentrantLock appendLock = new ReentrantLock();
    /** Fetch the next page of catch-ups; idle threads end, so an engine that stops catching up holds none. */
    private final ExecutorService catchUpReaders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-store-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private final LinkedBlockingQueue<PendingCommit> pendingCommits = new LinkedBlockingQueue<>();
    private volatile boolean snapshotsExist;
    private volatile long snapshotsCheckedAt = Long.MIN_VALUE / 2;
    private final Map<Long, Long> commitEndingAt = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > COMMIT_END_CACHE_SIZE;
        }
    });
    private volatile Head head;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        WriteConcern writeConcern = builder.majorityWrites ? WriteConcern.MAJORITY : WriteConcern.ACKNOWLEDGED;
        this.commitsForWriting = database.getCollection(builder.eventsCollection).withWriteConcern(writeConcern);
        this.commitsForTracking = builder.majorityReads
                ? commitsForWriting.withReadConcern(ReadConcern.MAJORITY)
                : commitsForWriting;
        this.rawCommitsForTracking = commitsForTracking.withDocumentClass(RawBsonDocument.class);
        this.snapshots = database.getCollection(builder.snapshotsCollection).withWriteConcern(writeConcern);
        this.maxEventsPerCommit = builder.maxEventsPerCommit;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the indexes the engine relies on; idempotent, so every service runs it at start-up. */
    public void ensureIndexes() {
        commitsForWriting.createIndex(Indexes.ascending(STREAM_KEY), new IndexOptions().unique(true).name("stream_key"));
    }

    // ---------------------------------------------------------------- append

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() > maxEventsPerCommit) {
            throw new EventStoreException("A unit of work may append at most " + maxEventsPerCommit
                    + " events, this one has " + events.size());
        }
        List<DomainEventMessage<?>> domainEvents = events.stream().<DomainEventMessage<?>>map(MongoEventStorageEngine::asDomainEventMessage).toList();
        DomainEventMessage<?> streamEvent = streamDefiningEvent(domainEvents);
        List<Document> eventDocuments = domainEvents.stream().map(event -> toEventDocument(event, serializer)).toList();
        String streamKey = streamKey(streamEvent.getAggregateIdentifier(), streamEvent.getSequenceNumber());

        PendingCommit commit = new PendingCommit(streamKey, streamEvent, domainEvents, eventDocuments);
        pendingCommits.add(commit);
        while (!commit.done) {
            appendLock.lock();
            try {
                if (!commit.done) {
                    writePendingCommits();
                }
            } finally {
                appendLock.unlock();
            }
        }
        if (commit.failure != null) {
            throw commit.failure;
        }
    }

    /**
     * Group commit: whoever holds the append lock writes every commit queued meanwhile, numbered in queue order, in
     * one ordered {@code insertMany}; threads of one JVM that append at the same time share a round trip instead of
     * queuing for one each. Every commit is still one document, so each becomes visible whole or not at all, and an
     * ordered insert stops at the first commit it cannot write, so the stored commits stay a gap-free prefix. That
     * commit is then refused (its aggregate moved on: a concurrency conflict) or renumbered (another writer took its
     * number), and the rest are written again after it.
     */
    private void writePendingCommits() {
        List<PendingCommit> group = new ArrayList<>();
        pendingCommits.drainTo(group, MAX_GROUP_COMMIT);
        for (int attempt = 1; !group.isEmpty(); attempt++) {
            if (attempt > MAX_APPEND_ATTEMPTS) {
                EventStoreException exhausted = new EventStoreException("Could not append a commit after "
                        + MAX_APPEND_ATTEMPTS + " attempts: the event store is under extreme write contention");
                group.forEach(pending -> pending.fail(exhausted));
                return;
            }
            Head current = head();
            List<Document> documents = new ArrayList<>(group.size());
            Head next = current;
            for (PendingCommit pending : group) {
                documents.add(commitDocument(next, pending.streamKey, pending.streamEvent, pending.events,
                        pending.eventDocuments));
                next = new Head(next.commit + 1, next.lastGlobal + pending.events.size());
            }
            int written;
            RuntimeException failure;
            try {
                if (documents.size() == 1) {
                    commitsForWriting.insertOne(documents.get(0));
                } else {
                    commitsForWriting.insertMany(documents, new InsertManyOptions().ordered(true));
                }
                written = group.size();
                failure = null;
            } catch (MongoWriteException e) {
                written = 0;
                failure = e;
            } catch (MongoBulkWriteException e) {
                written = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
                failure = e;
            } catch (RuntimeException e) {
                written = 0;
                failure = e;
            }
            for (int i = 0; i < written; i++) {
                PendingCommit pending = group.get(i);
                current = new Head(current.commit + 1, current.lastGlobal + pending.events.size());
                commitEndingAt.put(current.lastGlobal, current.commit);
                pending.succeed();
            }
            head = current;
            group = new ArrayList<>(group.subList(written, group.size()));
            if (failure == null) {
                return;
            }
            PendingCommit first = group.get(0);
            if (!isDuplicateKey(failure) || streamKeyTaken(first.streamKey)) {
                first.fail(persistenceFailure(failure, first.streamEvent));
                group.remove(0);
            } else {
                // another writer took this commit number first: learn the new head and try again
                head = advance(current);
                if (attempt % 8 == 0) {
                    backOff(attempt);
                }
            }
        }
    }

    private RuntimeException persistenceFailure(RuntimeException failure, DomainEventMessage<?> streamEvent) {
        try {
            handlePersistenceException(failure, streamEvent);
            return failure;
        } catch (RuntimeException converted) {
            return converted;
        }
    }

    private static boolean isDuplicateKey(Exception exception) {
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return exception instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()
                && ErrorCategory.fromErrorCode(bulk.getWriteErrors().get(0).getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    /** A unit of work's commit waiting for the append lock; completed by whichever thread writes it. */
    private static final class PendingCommit {

        private final String streamKey;
        private final DomainEventMessage<?> streamEvent;
        private final List<DomainEventMessage<?>> events;
        private final List<Document> eventDocuments;
        private volatile boolean done;
        private volatile RuntimeException failure;

        PendingCommit(String streamKey, DomainEventMessage<?> streamEvent, List<DomainEventMessage<?>> events,
                      List<Document> eventDocuments) {
            this.streamKey = streamKey;
            this.streamEvent = streamEvent;
            this.events = events;
            this.eventDocuments = eventDocuments;
        }

        void succeed() {
            done = true;
        }

        void fail(RuntimeException cause) {
            failure = cause;
            done = true;
        }
    }

    private DomainEventMessage<?> streamDefiningEvent(List<DomainEventMessage<?>> events) {
        DomainEventMessage<?> aggregateEvent = null;
        for (DomainEventMessage<?> event : events) {
            if (event.getType() == null) {
                continue;
            }
            if (aggregateEvent == null) {
                aggregateEvent = event;
            } else if (!aggregateEvent.getAggregateIdentifier().equals(event.getAggregateIdentifier())) {
                // one commit carries one aggregate's stream key; two would need a multi-document transaction
                throw new EventStoreException("A unit of work may append events of one aggregate only, this one has "
                        + aggregateEvent.getAggregateIdentifier() + " and " + event.getAggregateIdentifier());
            }
        }
        return aggregateEvent != null ? aggregateEvent : events.get(0);
    }

    private Document commitDocument(Head current, String streamKey, DomainEventMessage<?> streamEvent,
                                    List<DomainEventMessage<?>> events, List<Document> eventDocuments) {
        DomainEventMessage<?> last = events.stream()
                .filter(e -> e.getAggregateIdentifier().equals(streamEvent.getAggregateIdentifier()))
                .reduce((a, b) -> b).orElse(streamEvent);
        return new Document(ID, current.commit + 1)
                .append(FIRST_GLOBAL, current.lastGlobal + 1)
                .append(LAST_GLOBAL, current.lastGlobal + events.size())
                .append(STREAM_KEY, streamKey)
                .append(AGGREGATE_ID, streamEvent.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, streamEvent.getType())
                .append(FIRST_SEQ, streamEvent.getSequenceNumber())
                .append(LAST_SEQ, last.getSequenceNumber())
                .append(TENANT, metaDataText(streamEvent, TENANT))
                .append(USER, metaDataText(streamEvent, USER))
                .append(COMMITTED_AT, new Date())
                .append(EVENTS, eventDocuments);
    }

    private static Document toEventDocument(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document document = new Document(EVENT_ID, event.getIdentifier());
        if (event.getType() == null) {
            document.append(AGGREGATE_ID, event.getAggregateIdentifier());
        }
        return document
                .append(SEQ, event.getSequenceNumber())
                .append(AGGREGATE_TYPE, event.getType())
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData())
                .append(TENANT, metaDataText(event, TENANT))
                .append(USER, metaDataText(event, USER));
    }

    private static String metaDataText(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> DomainEventMessage<T> asDomainEventMessage(EventMessage<T> event) {
        // events published outside an aggregate get their own one-event stream, as in Axon's JPA/JDBC engines
        return event instanceof DomainEventMessage<?>
                ? (DomainEventMessage<T>) event
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }

    private boolean streamKeyTaken(String streamKey) {
        return commitsForWriting.find(Filters.eq(STREAM_KEY, streamKey)).projection(Projections.include(ID)).first() != null;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(50, attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("Interrupted while appending", e);
        }
    }

    // ---------------------------------------------------------------- head of the commit chain

    private Head head() {
        Head known = head;
        if (known == null) {
            // one sorted read per JVM; afterwards the head is followed forward by _id lookups
            Document newest = commitsForWriting.find().sort(Sorts.descending(ID))
                    .projection(Projections.include(ID, LAST_GLOBAL)).first();
            known = newest == null ? Head.EMPTY : new Head(newest.getLong(ID), newest.getLong(LAST_GLOBAL));
            head = known;
        }
        return known;
    }

    /** Follows the chain from a known head to the newest commit that exists now. */
    private Head advance(Head from) {
        Head current = from;
        while (true) {
            Head windowStart = current;
            List<Long> window = LongStream.rangeClosed(current.commit + 1, current.commit + HEAD_PROBE_WINDOW).boxed().toList();
            List<Document> found = new ArrayList<>();
            commitsForWriting.find(Filters.in(ID, window)).projection(Projections.include(ID, LAST_GLOBAL)).into(found);
            found.sort(Comparator.comparingLong(d -> d.getLong(ID)));
            for (Document commit : found) {
                if (commit.getLong(ID) != current.commit + 1) {
                    break;
                }
                current = new Head(commit.getLong(ID), commit.getLong(LAST_GLOBAL));
            }
            if (current.commit < windowStart.commit + HEAD_PROBE_WINDOW) {
                return current;
            }
        }
    }

    private Head freshHead() {
        Head known = head();
        Head fresh = advance(known);
        if (fresh.commit > known.commit) {
            head = fresh;
        }
        return fresh;
    }

    /** Commit number and last global position of the newest commit a process knows of. */
    record Head(long commit, long lastGlobal) {
        static final Head EMPTY = new Head(0, 0);
    }

    // ---------------------------------------------------------------- tracking

    /**
     * A reader far behind the head (a replay, a new projection) reads pages of {@value #CATCH_UP_PAGE} commits by
     * number up to the head it saw on opening, then goes on as a reader near the head, which fetches as many commits
     * as its batch size. Pages by number are index lookups on every server; a sorted cursor over the whole range
     * would make the embedded server read and sort every commit before the first one arrives (48 s and 6 GB at a
     * million events) and fail when a reading outlives the storage's retention of old pages under writes.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        long from = position(trackingToken);
        Head current = freshHead();
        long behind = current.lastGlobal - from;
        if (behind <= Math.max(CATCH_UP_THRESHOLD, current.lastGlobal / 4)) {
            return super.readEventData(trackingToken, mayBlock);
        }
        return StreamSupport.stream(new CatchUpPages(trackingToken, current.lastGlobal, mayBlock), false);
    }

    /**
     * The pages of a catch-up, fetched one after the other on a thread of their own up to
     * {@value #CATCH_UP_PAGES_AHEAD} pages ahead of the reader: the server's read and the driver's decoding of the
     * pages overlap with the processor's work on those before them.
     */
    private final class CatchUpPages extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private final Deque<TrackedEventData<?>> pending = new ArrayDeque<>();
        private final long catchUpTo;
        private final boolean mayBlock;
        private TrackingToken lastToken;
        /** Pages requested and not yet taken, in order; each is fetched once the one before it arrived. */
        private final Deque<CompletableFuture<List<? extends TrackedEventData<?>>>> ahead = new ArrayDeque<>();
        private Iterator<? extends TrackedEventData<?>> afterCatchUp;

        CatchUpPages(TrackingToken from, long catchUpTo, boolean mayBlock) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.lastToken = from;
            this.catchUpTo = catchUpTo;
            this.mayBlock = mayBlock;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (afterCatchUp != null) {
                if (!afterCatchUp.hasNext()) {
                    return false;
                }
                action.accept(afterCatchUp.next());
                return true;
            }
            if (pending.isEmpty()) {
                List<? extends TrackedEventData<?>> page = ahead.isEmpty() ? pageAfter(lastToken) : awaitPage(ahead.poll());
                if (page.isEmpty()) {
                    // caught up with the head seen on opening: what was appended since is followed as near the head
                    ahead.clear();
                    afterCatchUp = MongoEventStorageEngine.super.readEventData(lastToken, mayBlock).iterator();
                    return tryAdvance(action);
                }
                pending.addAll(page);
                readAhead(page.get(page.size() - 1).trackingToken());
            }
            TrackedEventData<?> next = pending.poll();
            lastToken = next.trackingToken();
            action.accept(next);
            return true;
        }

        /** Requests pages up to the limit ahead; the first one after {@code endOfPage}, the page just taken. */
        private void readAhead(TrackingToken endOfPage) {
            if (position(endOfPage) >= catchUpTo) {
                return;
            }
            if (ahead.isEmpty()) {
                ahead.add(CompletableFuture.supplyAsync(() -> pageAfter(endOfPage), catchUpReaders));
            }
            while (ahead.size() < CATCH_UP_PAGES_AHEAD) {
                ahead.add(ahead.peekLast().thenApplyAsync(page -> page.isEmpty() ? List.of()
                        : pageAfter(page.get(page.size() - 1).trackingToken()), catchUpReaders));
            }
        }

        private List<? extends TrackedEventData<?>> pageAfter(TrackingToken token) {
            return position(token) < catchUpTo ? fetchTrackedEvents(token, CATCH_UP_PAGE) : List.of();
        }

        private List<? extends TrackedEventData<?>> awaitPage(CompletableFuture<List<? extends TrackedEventData<?>>> page) {
            try {
                return page.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private List<TrackedEventData<?>> trackedEvents(StoredCommit commit, long afterPosition) {
        List<TrackedEventData<?>> events = new ArrayList<>(commit.events().size());
        long position = commit.firstGlobal();
        for (StoredEventData event : commit.events()) {
            if (position > afterPosition) {
                events.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position), event));
            }
            position++;
        }
        commitEndingAt.put(commit.lastGlobal(), commit.number());
        return events;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long lastPosition = position(lastToken);
        Optional<Long> firstCommit = commitAfter(lastPosition);
        if (firstCommit.isEmpty()) {
            return List.of();
        }
        int commitsToFetch = Math.max(1, batchSize);
        List<Long> numbers = LongStream.range(firstCommit.get(), firstCommit.get() + commitsToFetch).boxed().toList();
        List<StoredCommit> commits = new ArrayList<>(commitsToFetch);
        for (RawBsonDocument commit : rawCommitsForTracking.find(Filters.in(ID, numbers))) {
            commits.add(StoredCommit.from(commit));
        }
        commits.sort(Comparator.comparingLong(StoredCommit::number));

        List<TrackedEventData<?>> result = new ArrayList<>();
        long expected = firstCommit.get();
        for (StoredCommit commit : commits) {
            if (commit.number() != expected) {
                break;
            }
            expected++;
            result.addAll(trackedEvents(commit, lastPosition));
        }
        return result;
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        return token.position().orElseThrow(() -> new IllegalArgumentException("Token without a position: " + token));
    }

    /** The number of the commit holding the event right after {@code position}, if it exists yet. */
    private Optional<Long> commitAfter(long position) {
        if (position <= 0) {
            return Optional.of(1L);
        }
        Long endingThere = commitEndingAt.get(position);
        if (endingThere != null) {
            return Optional.of(endingThere + 1);
        }
        Head current = freshHead();
        if (position >= current.lastGlobal) {
            return Optional.empty();
        }
        return Optional.of(commitContaining(position + 1, current));
    }

    /** Binary search over commit numbers by point lookups, which every server answers from the _id index. */
    private long commitContaining(long position, Head current) {
        long low = 1;
        long high = current.commit;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Document commit = commitsForTracking.find(Filters.eq(ID, middle))
                    .projection(Projections.include(FIRST_GLOBAL, LAST_GLOBAL)).first();
            if (commit == null) {
                throw new EventStoreException("Commit " + middle + " is missing below the head commit " + current.commit);
            }
            if (position < commit.getLong(FIRST_GLOBAL)) {
                high = middle - 1;
            } else if (position > commit.getLong(LAST_GLOBAL)) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        throw new EventStoreException("No commit holds position " + position);
    }

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(0);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(freshHead().lastGlobal);
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document firstAfter = commitsForTracking.find(Filters.gte(COMMITTED_AT, Date.from(dateTime)))
                .sort(Sorts.ascending(ID)).projection(Projections.include(FIRST_GLOBAL)).first();
        return firstAfter == null ? createHeadToken() : new GlobalSequenceTrackingToken(firstAfter.getLong(FIRST_GLOBAL) - 1);
    }

    // ---------------------------------------------------------------- aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        Chain chain = commitsStartingFrom(aggregateIdentifier, firstSequenceNumber, batchSize);
        if (chain.commits().isEmpty() && firstSequenceNumber > 0) {
            Optional<Document> overlapping = commitOverlapping(aggregateIdentifier, firstSequenceNumber);
            if (overlapping.isPresent()) {
                Chain rest = commitsStartingFrom(aggregateIdentifier, overlapping.get().getLong(LAST_SEQ) + 1, batchSize);
                List<Document> commits = new ArrayList<>();
                commits.add(overlapping.get());
                commits.addAll(rest.commits());
                chain = new Chain(commits, rest.mayContinue());
            }
        }
        List<DomainEventData<?>> result = chain.mayContinue() ? new ContinuedBatch() : new ArrayList<>();
        for (Document commit : chain.commits()) {
            for (Document event : commit.getList(EVENTS, Document.class)) {
                DomainEventData<?> data = toEventData(commit, event);
                if (data.getAggregateIdentifier().equals(aggregateIdentifier) && data.getSequenceNumber() >= firstSequenceNumber) {
                    result.add(data);
                }
            }
        }
        return result;
    }

    /** A batch of an aggregate's events after which more may exist: the load fetches again. */
    private static final class ContinuedBatch extends ArrayList<DomainEventData<?>> {
    }

    /** An aggregate's consecutive commits, and whether the lookup window ended before the chain did. */
    private record Chain(List<Document> commits, boolean mayContinue) {
    }

    /**
     * The consecutive commits of an aggregate that start at {@code firstSequenceNumber}, looked up by the stream
     * keys of the next sequence numbers plus one: a key inside the window that is missing proves the chain has
     * ended, which saves a load the empty round trip that would otherwise confirm it. The window starts small and
     * doubles with the position, up to the batch size: most aggregates have a handful of events, and every key is
     * an index probe, which costs the embedded server far more than on a real MongoDB.
     */
    private Chain commitsStartingFrom(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        long window = Math.min(batchSize, Math.max(FIRST_LOAD_WINDOW, firstSequenceNumber));
        long windowEnd = firstSequenceNumber + window + 1;
        List<String> keys = LongStream.range(firstSequenceNumber, windowEnd)
                .mapToObj(sequence -> streamKey(aggregateIdentifier, sequence)).toList();
        List<Document> found = new ArrayList<>();
        commitsForWriting.find(Filters.in(STREAM_KEY, keys)).into(found);
        found.sort(Comparator.comparingLong(d -> d.getLong(FIRST_SEQ)));
        List<Document> chain = new ArrayList<>(found.size());
        long expected = firstSequenceNumber;
        for (Document commit : found) {
            if (commit.getLong(FIRST_SEQ) != expected) {
                break;
            }
            chain.add(commit);
            expected = commit.getLong(LAST_SEQ) + 1;
        }
        return new Chain(chain, expected >= windowEnd);
    }

    /** Finds the commit holding {@code sequenceNumber} in its middle: only a load that starts inside a commit needs it. */
    private Optional<Document> commitOverlapping(String aggregateIdentifier, long sequenceNumber) {
        long lowest = Math.max(0, sequenceNumber - maxEventsPerCommit + 1);
        List<String> keys = LongStream.range(lowest, sequenceNumber)
                .mapToObj(sequence -> streamKey(aggregateIdentifier, sequence)).toList();
        List<Document> found = new ArrayList<>();
        commitsForWriting.find(Filters.in(STREAM_KEY, keys)).into(found);
        return found.stream()
                .filter(commit -> commit.getLong(LAST_SEQ) >= sequenceNumber)
                .findFirst();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Optional<Long> last = readSnapshotData(aggregateIdentifier).findFirst().map(DomainEventData::getSequenceNumber);
        long next = last.map(sequence -> sequence + 1).orElse(0L);
        while (true) {
            List<Document> chain = commitsStartingFrom(aggregateIdentifier, next, batchSize()).commits();
            if (chain.isEmpty()) {
                return last;
            }
            long lastOfChain = chain.get(chain.size() - 1).getLong(LAST_SEQ);
            last = Optional.of(lastOfChain);
            next = lastOfChain + 1;
        }
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "#" + sequenceNumber;
    }

    private static DomainEventData<String> toEventData(Document commit, Document event) {
        String aggregateId = Objects.requireNonNullElse(event.getString(AGGREGATE_ID), commit.getString(AGGREGATE_ID));
        return new GenericDomainEventEntry<>(event.getString(AGGREGATE_TYPE), aggregateId, event.getLong(SEQ),
                                             event.getString(EVENT_ID), event.getString(TIMESTAMP),
                                             event.getString(PAYLOAD_TYPE), event.getString(REVISION),
                                             event.getString(PAYLOAD), event.getString(META_DATA));
    }

    // ---------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        try {
            Document stored = snapshots.find(Filters.eq(ID, snapshot.getAggregateIdentifier()))
                    .projection(Projections.include(SEQ)).first();
            if (stored != null && stored.getLong(SEQ) >= snapshot.getSequenceNumber()) {
                return;
            }
            Document document = toEventDocument(snapshot, serializer)
                    .append(ID, snapshot.getAggregateIdentifier())
                    .append(AGGREGATE_ID, snapshot.getAggregateIdentifier());
            snapshots.replaceOne(Filters.eq(ID, snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
            snapshotsExist = true;
        } catch (RuntimeException e) {
            // a lost snapshot only costs a longer load next time
            log.warn("Could not store snapshot of aggregate {} at sequence {}", snapshot.getAggregateIdentifier(),
                     snapshot.getSequenceNumber(), e);
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        if (!snapshotsMayExist()) {
            return Stream.empty();
        }
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(toEventData(snapshot, snapshot));
    }

    /**
     * Whether any aggregate has a snapshot. Until one does (services without snapshot triggers never write one), a
     * load skips the snapshot lookup, which would be one more round trip per command. Another node's first snapshot
     * is noticed within {@value #SNAPSHOT_CHECK_INTERVAL_MILLIS} ms; a load that misses it reads all events instead,
     * which gives the same aggregate.
     */
    private boolean snapshotsMayExist() {
        if (snapshotsExist) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (now - snapshotsCheckedAt >= SNAPSHOT_CHECK_INTERVAL_MILLIS) {
            snapshotsExist = snapshots.find().projection(Projections.include(ID)).first() != null;
            snapshotsCheckedAt = now;
        }
        return snapshotsExist;
    }

    // ---------------------------------------------------------------- builder

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private boolean majorityWrites = true;
        private boolean majorityReads = true;
        private int maxEventsPerCommit = 1024;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder eventsCollection(String name) {
            this.eventsCollection = name;
            return this;
        }

        public Builder snapshotsCollection(String name) {
            this.snapshotsCollection = name;
            return this;
        }

        /** Majority write concern: an acknowledged commit survives a replica-set failover. */
        public Builder majorityWrites(boolean majorityWrites) {
            this.majorityWrites = majorityWrites;
            return this;
        }

        /** Majority read concern for tracking: a processor never handles an event that a failover rolls back. */
        public Builder majorityReads(boolean majorityReads) {
            this.majorityReads = majorityReads;
            return this;
        }

        public Builder maxEventsPerCommit(int maxEventsPerCommit) {
            this.maxEventsPerCommit = maxEventsPerCommit;
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase is required");
            }
            if (maxEventsPerCommit < 1) {
                throw new AxonConfigurationException("maxEventsPerCommit must be positive");
            }
        }

        public MongoEventStorageEngine build() {
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicateKey);
            finalAggregateBatchPredicate(batch -> !(batch instanceof ContinuedBatch));
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
