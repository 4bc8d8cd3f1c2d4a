package ua.hromada.registry.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import ua.hromada.tenancy.TenantScopedId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * One writer per record is assumed, which a tracking processor gives. Within an event processor's batch the moves
 * are collected and each bucket is read and written once (see {@link ReadModelBatch}).
 */
public final class StockCounter {

    /** More than the events of one processor batch that can touch one bucket. */
    static final int REMEMBERED_KEYS = 256;

    private static final String COLLECTION = "registry_stock_counts";
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("MMdd");
    private static final String METRIC = "metric";
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
        Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
        if (before != null) {
            collect(changes, tenant, before, -1);
        }
        if (after != null) {
            collect(changes, tenant, after, +1);
            index(tenant, after);
        }
        String key = keyOf(eventKey);
        changes.forEach((bucketId, increments) -> apply(bucketId, key, increments));
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
        Document index = buckets.find(Filters.eq("_id", indexId(tenant))).first();
        if (index == null) {
            return 0;
        }
        int firstYear = index.getInteger(FIRST_YEAR);
        List<String> kinds = kind == null ? index.getList(KINDS, String.class) : List.of(kind);
        if (asOf.getYear() < firstYear || kinds.isEmpty()) {
            return 0;
        }
        // earlier years count by their totals, the year of asOf day by day; each read fetches only those fields,
        // not the bucket's days of other kinds of use or its memory of recent moves
        List<String> earlierYears = new ArrayList<>();
        List<String> yearOfAsOf = new ArrayList<>();
        for (String counted : kinds) {
            for (int year = firstYear; year < asOf.getYear(); year++) {
                earlierYears.add(bucketId(tenant, counted, year));
            }
            yearOfAsOf.add(bucketId(tenant, counted, asOf.getYear()));
        }
        long count = 0;
        if (!earlierYears.isEmpty()) {
            for (Document bucket : buckets.find(Filters.in("_id", earlierYears))
                    .projection(Projections.include(STARTED_TOTAL, STOPPED_TOTAL))) {
                count += bucket.get(STARTED_TOTAL, 0) - bucket.get(STOPPED_TOTAL, 0);
            }
        }
        String lastDay = asOf.format(DAY_OF_YEAR);
        for (Document bucket : buckets.find(Filters.in("_id", yearOfAsOf))
                .projection(Projections.include(STARTED, STOPPED))) {
            count += sumUpTo(bucket.get(STARTED, Document.class), lastDay)
                    - sumUpTo(bucket.get(STOPPED, Document.class), lastDay);
        }
        return count;
    }

    /** Forgets this metric's counts, before a replay rebuilds them. */
    public void clear() {
        knownIndexes.clear();
        buckets.deleteMany(Filters.eq(METRIC, metric));
    }

    private void index(String tenant, Span span) {
        Index known = knownIndexes.get(tenant);
        int year = span.from().getYear();
        if (known != null && known.kinds().contains(span.kind()) && known.firstYear() <= year) {
            return;
        }
        // $addToSet and $min only ever widen the index, so a stale cache costs a write, never a wrong count
        buckets.updateOne(Filters.eq("_id", indexId(tenant)),
                Updates.combine(Updates.set(METRIC, metric), Updates.addToSet(KINDS, span.kind()),
                        Updates.min(FIRST_YEAR, year)),
                new UpdateOptions().upsert(true));
        Set<String> kinds = new HashSet<>(known == null ? Set.of() : known.kinds());
        kinds.add(span.kind());
        knownIndexes.put(tenant, new Index(Set.copyOf(kinds), known == null ? year : Math.min(year,
                known.firstYear())));
    }

    /** A short fixed-size stand-in for the event's key, so that a bucket's memory of recent moves stays small. */
    private static String keyOf(String eventKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void collect(Map<String, Map<String, Integer>> changes, String tenant, Span span, int sign) {
        add(changes, bucketId(tenant, span.kind(), span.from().getYear()), STARTED, span.from(), sign);
        if (span.until() != null) {
            add(changes, bucketId(tenant, span.kind(), span.until().getYear()), STOPPED, span.until(), sign);
        }
    }

    private static void add(Map<String, Map<String, Integer>> changes, String bucketId, String side, LocalDate day,
                            int sign) {
        Map<String, Integer> increments = changes.computeIfAbsent(bucketId, id -> new LinkedHashMap<>());
        increments.merge(side + "." + day.format(DAY_OF_YEAR), sign, Integer::sum);
        increments.merge(side.equals(STARTED) ? STARTED_TOTAL : STOPPED_TOTAL, sign, Integer::sum);
    }

    private void apply(String bucketId, String eventKey, Map<String, Integer> increments) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        increments.forEach((field, delta) -> {
            if (delta != 0) {
                changes.put(field, delta);
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().stateOf(this, ReadModelBatch.Stage.COUNTERS, PendingMoves::new, this::write)
                    .add(bucketId, eventKey, changes);
            return;
        }
        Document bucket = buckets.find(Filters.eq("_id", bucketId)).first();
        if (bucket != null && bucket.getList(APPLIED, String.class, List.of()).contains(eventKey)) {
            return;
        }
        buckets.updateOne(Filters.eq("_id", bucketId), update(changes, List.of(eventKey)),
                new UpdateOptions().upsert(true));
    }

    private Bson update(Map<String, Integer> changes, List<String> eventKeys) {
        List<Bson> updates = new ArrayList<>();
        changes.forEach((field, delta) -> updates.add(Updates.inc(field, delta)));
        updates.add(Updates.set(METRIC, metric));
        updates.add(Updates.pushEach(APPLIED, eventKeys, new PushOptions().slice(-REMEMBERED_KEYS)));
        return Updates.combine(updates);
    }

    /** Writes a batch's moves: one read of the buckets they touch, one update per bucket for the moves it lacks. */
    private void write(PendingMoves moves) {
        if (moves.byBucket.isEmpty()) {
            return;
        }
        Map<String, List<String>> applied = new HashMap<>();
        buckets.find(Filters.in("_id", moves.byBucket.keySet()))
                .forEach(bucket -> applied.put(bucket.getString("_id"), bucket.getList(APPLIED, String.class,
                        List.of())));
        List<WriteModel<Document>> writes = new ArrayList<>();
        moves.byBucket.forEach((bucketId, bucketMoves) -> {
            List<String> known = applied.getOrDefault(bucketId, List.of());
            Map<String, Integer> changes = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>();
            bucketMoves.forEach((eventKey, increments) -> {
                if (!known.contains(eventKey)) {
                    keys.add(eventKey);
                    increments.forEach((field, delta) -> changes.merge(field, delta, Integer::sum));
                }
            });
            changes.values().removeIf(delta -> delta == 0);
            if (!keys.isEmpty()) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", bucketId), update(changes, keys),
                        new UpdateOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            buckets.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /** The moves of one batch, per bucket and per event key. */
    private static final class PendingMoves {

        private final Map<String, Map<String, Map<String, Integer>>> byBucket = new LinkedHashMap<>();

        void add(String bucketId, String eventKey, Map<String, Integer> increments) {
            byBucket.computeIfAbsent(bucketId, id -> new LinkedHashMap<>())
                    .merge(eventKey, increments, (earlier, later) -> {
                        Map<String, Integer> merged = new LinkedHashMap<>(earlier);
                        later.forEach((field, delta) -> merged.merge(field, delta, Integer::sum));
                        return merged;
                    });
        }
    }

    private static long sumUpTo(Document days, String lastDay) {
        if (days == null) {
            return 0;
        }
        long sum = 0;
        for (Map.Entry<String, Object> day : days.entrySet()) {
            if (day.getKey().compareTo(lastDay) <= 0) {
                sum += ((Number) day.getValue()).longValue();
            }
        }
        return sum;
    }

    private String indexId(String tenant) {
        return metric + "|" + tenant;
    }

    private String bucketId(String tenant, String kind, int year) {
        return metric + "|" + tenant + "|" + kind + "|" + year;
    }
}
