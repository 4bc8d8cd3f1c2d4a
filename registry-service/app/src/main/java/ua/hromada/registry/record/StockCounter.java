package ua.hromada.registry.record;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;
import ua.hromada.tenancy.TenantScopedId;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Answers "how many records of this register existed at the end of a day" (organisations as of 2021-12-31, street
 * committees, documents on long-term control) without reading the records: it keeps, per tenant, kind and year,
 * how many records started and how many stopped on each day of that year. A count reads one small document per
 * year and kind through the {@code _id} index, which matters on the embedded server that uses no other index.
 * <p>
 * A record counts from the end of its {@code from} day until the end of its {@code until} day, when it stops:
 * registered 2020-03-01 and liquidated 2021-06-30 it counts as of 2021-06-29 and not as of 2021-06-30.
 * <p>
 * A move is keyed by its event: every bucket remembers (a 64-bit hash of) the keys of the last
 * {@value #REMEMBERED_KEYS} moves it took and ignores a repeat, so an event handled again after a crash (its counters
 * moved, its token not yet stored) never counts twice. That holds while a processor's batch, the events handled
 * again after a crash, is smaller than that window ({@code hromada.eventstore.processor-batch-size}, 100 by default).
 * Within an event processor's batch the moves are collected and each bucket is written once (see
 * {@link ReadModelBatch}).
 * <p>
 * A bucket's days and keys are stored as binary arrays and the bucket is replaced whole, guarded by its version:
 * an update of a document of a thousand fields cost the embedded server a deep copy and two encodings of it, most of
 * an import's server time. Because a write only succeeds on the version it read, the counter can remember the buckets
 * it wrote instead of reading them again; a bucket someone else changed meanwhile fails the write (and with it the
 * processor's batch, which is handled again after the counter forgot what it remembered).
 */
public final class StockCounter {

    /** More than the events of one processor batch that can touch one bucket. */
    static final int REMEMBERED_KEYS = 256;
    /** Buckets remembered after writing them: a few kilobytes each. */
    private static final int BUCKETS_REMEMBERED = 4096;

    private static final String COLLECTION = "registry_stock_counts";
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("MMdd");
    private static final int DAYS = 366;
    private static final String ID = "_id";
    private static final String METRIC = "metric";
    private static final String VERSION = "v";
    private static final String STARTED = "started";
    private static final String STOPPED = "stopped";
    private static final String STARTED_TOTAL = "startedTotal";
    private static final String STOPPED_TOTAL = "stoppedTotal";
    private static final String APPLIED = "applied";
    private static final String KINDS = "kinds";
    private static final String FIRST_YEAR = "firstYear";
    private static final String ANY_KIND = "-";

    private final MongoCollection<Document> buckets;
    private final String metric;
    /** Per tenant, the kinds and first year its index document is known to hold: most moves need not write it. */
    private final Map<String, Index> knownIndexes = new ConcurrentHashMap<>();
    private final Map<String, Bucket> rememberedBuckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > BUCKETS_REMEMBERED;
                }
            });

    private record Index(Set<String> kinds, int firstYear) {
    }

    /** A record's time in the register: counted from the end of {@code from} until the end of {@code until}. */
    public record Span(String kind, LocalDate from, LocalDate until) {

        public Span {
            Objects.requireNonNull(from, "a counted record has a start");
            kind = kind == null ? ANY_KIND : kind;
        }
    }

    /** @param metric names what is counted, e.g. {@code organisations}; each metric has its own buckets */
    public StockCounter(MongoDatabase database, String metric) {
        this.buckets = database.getCollection(COLLECTION);
        this.metric = metric;
    }

    /**
     * Moves one record from {@code before} to {@code after} ({@code null}: not counted), as the event named by
     * {@code eventKey} says; a repeated key changes nothing.
     */
    public void move(String tenant, String eventKey, Span before, Span after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<BucketKey, List<DayMove>> changes = new LinkedHashMap<>();
        if (before != null) {
            collect(changes, tenant, before, -1);
        }
        if (after != null) {
            collect(changes, tenant, after, +1);
            index(tenant, after);
        }
        long key = keyOf(eventKey);
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        PendingMoves moves = batch.isPresent()
                ? batch.get().stateOf(this, ReadModelBatch.Stage.COUNTERS, PendingMoves::new, this::write)
                : new PendingMoves();
        changes.forEach((bucket, dayMoves) -> moves.add(bucket, key, dayMoves));
        if (batch.isEmpty()) {
            write(moves);
        }
    }

    /**
     * What a {@link RecordDirectory} event does to this count, as its {@code beforeSaving}: moves the record from the
     * span of its view before the event to the span after, keyed by the event ({@code <record id>#<sequence>}).
     *
     * @param spanOf the span a view counts for, {@code null} for none (no view, or a withdrawn record)
     */
    public <V> BiConsumer<V, V> moving(String recordId, long sequence, Function<V, Span> spanOf) {
        String tenant = TenantScopedId.parse(recordId).tenant();
        return (before, after) -> move(tenant, recordId + "#" + sequence, spanOf.apply(before), spanOf.apply(after));
    }

    /** How many records of {@code kind} ({@code null}: of every kind) counted at the end of {@code asOf}. */
    public long count(String tenant, String kind, LocalDate asOf) {
        Document index = buckets.find(Filters.eq(ID, indexId(tenant))).first();
        if (index == null) {
            return 0;
        }
        int firstYear = index.getInteger(FIRST_YEAR);
        List<String> kinds = kind == null ? index.getList(KINDS, String.class) : List.of(kind);
        if (asOf.getYear() < firstYear || kinds.isEmpty()) {
            return 0;
        }
        // earlier years count by their totals, the year of asOf day by day; each read fetches only those fields,
        // not the bucket's memory of recent moves
        List<String> earlierYears = new ArrayList<>();
        List<String> yearOfAsOf = new ArrayList<>();
        for (String counted : kinds) {
            for (int year = firstYear; year < asOf.getYear(); year++) {
                earlierYears.add(new BucketKey(metric, tenant, counted, year).id());
            }
            yearOfAsOf.add(new BucketKey(metric, tenant, counted, asOf.getYear()).id());
        }
        long count = 0;
        if (!earlierYears.isEmpty()) {
            for (Document bucket : buckets.find(Filters.in(ID, earlierYears))
                    .projection(Projections.include(STARTED_TOTAL, STOPPED_TOTAL))) {
                count += total(bucket, STARTED_TOTAL) - total(bucket, STOPPED_TOTAL);
            }
        }
        int lastDay = asOf.getDayOfYear() - 1;
        for (Document bucket : buckets.find(Filters.in(ID, yearOfAsOf)).projection(Projections.include(STARTED,
                STOPPED))) {
            count += sumUpTo(days(bucket.get(STARTED), asOf.getYear()), lastDay)
                    - sumUpTo(days(bucket.get(STOPPED), asOf.getYear()), lastDay);
        }
        return count;
    }

    /** Forgets this metric's counts, before a replay rebuilds them. */
    public void clear() {
        knownIndexes.clear();
        rememberedBuckets.clear();
        buckets.deleteMany(Filters.eq(METRIC, metric));
    }

    private void index(String tenant, Span span) {
        Index known = knownIndexes.get(tenant);
        int year = span.from().getYear();
        if (known != null && known.kinds().contains(span.kind()) && known.firstYear() <= year) {
            return;
        }
        // $addToSet and $min only ever widen the index, so a stale cache costs a write, never a wrong count
        buckets.updateOne(Filters.eq(ID, indexId(tenant)),
                Updates.combine(Updates.set(METRIC, metric), Updates.addToSet(KINDS, span.kind()),
                        Updates.min(FIRST_YEAR, year)),
                new UpdateOptions().upsert(true));
        Set<String> kinds = new HashSet<>(known == null ? Set.of() : known.kinds());
        kinds.add(span.kind());
        knownIndexes.put(tenant, new Index(Set.copyOf(kinds), known == null ? year : Math.min(year,
                known.firstYear())));
    }

    /** A short fixed-size stand-in for the event's key, so that a bucket's memory of recent moves stays small. */
    private static long keyOf(String eventKey) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(eventKey.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void collect(Map<BucketKey, List<DayMove>> changes, String tenant, Span span, int sign) {
        changes.computeIfAbsent(new BucketKey(metric, tenant, span.kind(), span.from().getYear()),
                bucket -> new ArrayList<>()).add(new DayMove(true, span.from().getDayOfYear() - 1, sign));
        if (span.until() != null) {
            changes.computeIfAbsent(new BucketKey(metric, tenant, span.kind(), span.until().getYear()),
                    bucket -> new ArrayList<>()).add(new DayMove(false, span.until().getDayOfYear() - 1, sign));
        }
    }

    /**
     * Writes moves: each bucket they touch is read (unless remembered) and written once with the moves it lacks,
     * inserted when it is new and otherwise replaced on the version read.
     */
    private void write(PendingMoves moves) {
        if (moves.byBucket.isEmpty()) {
            return;
        }
        try {
            Map<BucketKey, Bucket> stored = stored(moves.byBucket.keySet());
            List<WriteModel<Document>> writes = new ArrayList<>();
            Map<String, Bucket> written = new HashMap<>();
            int replacements = 0;
            for (Map.Entry<BucketKey, Map<Long, List<DayMove>>> entry : moves.byBucket.entrySet()) {
                BucketKey key = entry.getKey();
                Bucket before = stored.get(key);
                Bucket after = (before == null ? Bucket.empty() : before).with(entry.getValue());
                if (after == before) {
                    continue;
                }
                if (before == null) {
                    writes.add(new InsertOneModel<>(after.toDocument(key.id(), metric, 1)));
                    written.put(key.id(), after.storedAs(1L));
                } else {
                    long version = before.version() == null ? 1 : before.version() + 1;
                    writes.add(new ReplaceOneModel<>(Filters.and(Filters.eq(ID, key.id()),
                            Filters.eq(VERSION, before.version())), after.toDocument(key.id(), metric, version)));
                    written.put(key.id(), after.storedAs(version));
                    replacements++;
                }
            }
            if (writes.isEmpty()) {
                return;
            }
            BulkWriteResult result = buckets.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            if (result.getMatchedCount() != replacements) {
                throw new ConcurrentModificationException("A counter bucket of " + metric
                        + " changed after it was read; the moves are written again from what is stored now");
            }
            rememberedBuckets.putAll(written);
        } catch (RuntimeException e) {
            rememberedBuckets.clear();
            throw e;
        }
    }

    /** The buckets as stored, remembered or read; a bucket that is stored nowhere is absent. */
    private Map<BucketKey, Bucket> stored(Set<BucketKey> keys) {
        Map<BucketKey, Bucket> stored = new HashMap<>();
        Map<String, BucketKey> unknown = new HashMap<>();
        for (BucketKey key : keys) {
            Bucket remembered = rememberedBuckets.get(key.id());
            if (remembered != null) {
                stored.put(key, remembered);
            } else {
                unknown.put(key.id(), key);
            }
        }
        if (!unknown.isEmpty()) {
            buckets.find(Filters.in(ID, unknown.keySet())).forEach(document -> {
                BucketKey key = unknown.get(document.getString(ID));
                stored.put(key, Bucket.from(document, key.year()));
            });
        }
        return stored;
    }

    /** The moves of one batch, per bucket and per event key. */
    private static final class PendingMoves {

        private final Map<BucketKey, Map<Long, List<DayMove>>> byBucket = new LinkedHashMap<>();

        void add(BucketKey bucket, long eventKey, List<DayMove> moves) {
            byBucket.computeIfAbsent(bucket, id -> new LinkedHashMap<>())
                    .computeIfAbsent(eventKey, key -> new ArrayList<>()).addAll(moves);
        }
    }

    /** One start or stop on a day of a bucket's year, counted once ({@code +1}) or taken back ({@code -1}). */
    private record DayMove(boolean started, int day, int delta) {
    }

    /** Where a tenant's counts of one kind and year are kept. */
    private record BucketKey(String metric, String tenant, String kind, int year) {
        String id() {
            return metric + "|" + tenant + "|" + kind + "|" + year;
        }
    }

    /**
     * A bucket's starts and stops per day of its year, the keys of the moves it took last, and the version it was
     * stored with ({@code null} for a bucket stored before buckets had versions).
     */
    private record Bucket(Long version, int[] started, int[] stopped, long[] applied) {

        static Bucket empty() {
            return new Bucket(null, new int[DAYS], new int[DAYS], new long[0]);
        }

        static Bucket from(Document document, int year) {
            Number version = document.get(VERSION, Number.class);
            return new Bucket(version == null ? null : version.longValue(), days(document.get(STARTED), year),
                    days(document.get(STOPPED), year), keys(document.get(APPLIED)));
        }

        /** With the moves of the events it did not take yet; itself when it took them all. */
        Bucket with(Map<Long, List<DayMove>> movesByEvent) {
            int[] newStarted = null;
            int[] newStopped = null;
            List<Long> taken = new ArrayList<>();
            for (Map.Entry<Long, List<DayMove>> event : movesByEvent.entrySet()) {
                if (took(event.getKey())) {
                    continue;
                }
                taken.add(event.getKey());
                for (DayMove move : event.getValue()) {
                    if (move.started()) {
                        newStarted = newStarted == null ? started.clone() : newStarted;
                        newStarted[move.day()] += move.delta();
                    } else {
                        newStopped = newStopped == null ? stopped.clone() : newStopped;
                        newStopped[move.day()] += move.delta();
                    }
                }
            }
            if (taken.isEmpty()) {
                return this;
            }
            long[] keys = new long[Math.min(REMEMBERED_KEYS, applied.length + taken.size())];
            int fromApplied = keys.length - Math.min(taken.size(), keys.length);
            System.arraycopy(applied, applied.length - fromApplied, keys, 0, fromApplied);
            for (int i = fromApplied; i < keys.length; i++) {
                keys[i] = taken.get(taken.size() - (keys.length - i));
            }
            return new Bucket(version, newStarted == null ? started : newStarted,
                    newStopped == null ? stopped : newStopped, keys);
        }

        Bucket storedAs(long storedVersion) {
            return new Bucket(storedVersion, started, stopped, applied);
        }

        private boolean took(long key) {
            for (long applied : applied) {
                if (applied == key) {
                    return true;
                }
            }
            return false;
        }

        Document toDocument(String id, String metric, long storedVersion) {
            ByteBuffer keys = ByteBuffer.allocate(applied.length * Long.BYTES);
            for (long key : applied) {
                keys.putLong(key);
            }
            return new Document(ID, id).append(METRIC, metric).append(VERSION, storedVersion)
                    .append(STARTED_TOTAL, sum(started)).append(STOPPED_TOTAL, sum(stopped))
                    .append(STARTED, new Binary(encode(started))).append(STOPPED, new Binary(encode(stopped)))
                    .append(APPLIED, new Binary(keys.array()));
        }
    }

    /** A bucket's starts or stops per day: binary, or a document by {@code MMdd} as buckets were first stored. */
    private static int[] days(Object stored, int year) {
        int[] days = new int[DAYS];
        if (stored instanceof Binary binary) {
            ByteBuffer.wrap(binary.getData()).asIntBuffer().get(days);
        } else if (stored instanceof Document byDay) {
            byDay.forEach((monthDay, value) -> days[MonthDay.parse(monthDay, DAY_OF_YEAR).atYear(year).getDayOfYear()
                    - 1] += ((Number) value).intValue());
        }
        return days;
    }

    /** The keys of the moves a bucket took last: binary, or hexadecimal text as buckets were first stored. */
    private static long[] keys(Object stored) {
        if (stored instanceof Binary binary) {
            long[] keys = new long[binary.getData().length / Long.BYTES];
            ByteBuffer.wrap(binary.getData()).asLongBuffer().get(keys);
            return keys;
        }
        if (stored instanceof List<?> hexKeys) {
            return hexKeys.stream().mapToLong(key -> HexFormat.fromHexDigitsToLong((String) key)).toArray();
        }
        return new long[0];
    }

    private static byte[] encode(int[] days) {
        ByteBuffer bytes = ByteBuffer.allocate(days.length * Integer.BYTES);
        bytes.asIntBuffer().put(days);
        return bytes.array();
    }

    private static long sum(int[] days) {
        long sum = 0;
        for (int day : days) {
            sum += day;
        }
        return sum;
    }

    private static long total(Document bucket, String side) {
        Number total = bucket.get(side, Number.class);
        return total == null ? 0 : total.longValue();
    }

    private static long sumUpTo(int[] days, int lastDay) {
        long sum = 0;
        for (int day = 0; day <= lastDay; day++) {
            sum += days[day];
        }
        return sum;
    }

    private String indexId(String tenant) {
        return metric + "|" + tenant;
    }
}
