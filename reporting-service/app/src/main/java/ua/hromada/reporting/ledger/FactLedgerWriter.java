package ua.hromada.reporting.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import ua.hromada.reporting.api.baseline.BaselineRecordedEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricFamily;

/**
 * Writes a batch of events into one generation of the fact ledger.
 * <p>
 * Each record's document keeps the facts it asserts now, the sequence number of its last event applied and, per
 * event, what it changed (its source: event id, position, recording time, user) — the ledger an auditor reads; each
 * event's facts are compared with what its record asserted before it, and the difference goes to the cells of the
 * tenant's month documents ({@link MonthCells}) with the event's recording second. Every write is idempotent, so a
 * batch delivered again after a crash changes nothing it already changed: month documents remember the highest
 * global sequence they absorbed ({@code hw}) and skip events up to it; record documents skip events up to their
 * sequence number. Cells are written before records: a crash between the two leaves the records as they were, so the
 * redelivered batch derives the same differences again and the cells skip them.
 * <p>
 * A writer remembers what it last wrote — records' facts and sources and months' cells, each within a bound —
 * so that a rebuild, which meets most records again within days of their creation, does not read them back. What it
 * remembers is only trusted while batches follow each other without a gap: a batch that does not start right after
 * the previous one (a redelivery, or another instance having processed in between), or a failed write, makes it
 * forget everything and read the stored state again.
 * <p>
 * A writer that has seen a generation from empty (a rebuild's) also knows which records it may hold: the ids of all it
 * stored, in a Bloom filter. A record not remembered whose id the filter has never seen is a new one, and is not asked
 * for — in a rebuild about every second event's record. The filter is dropped with what the writer remembers, and only
 * started again on an empty generation. Should another instance have stored a record meanwhile, inserting it fails on
 * its id, as below.
 * <p>
 * While a processor is far behind the store (a rebuild), it may let records' new states and months' new cells wait
 * in memory instead of writing them with every batch: many records change again within a few batches, and each
 * batch would rewrite the whole documents of the months it touches (a large council's month is some 100 kB). They
 * are written when the processor catches up and when {@code eventsDeferredAtMost} events were applied since all
 * were last stored; a record forgotten for room is written with its batch, after every waiting month (a record is
 * never stored ahead of the cells its events changed). Until everything is stored the processor's token must not
 * pass the last batch after which it all was ({@link LedgerTokenStore}): a crash or failure replays from there, and
 * every write is idempotent.
 */
public final class FactLedgerWriter {

    private static final Logger log = LoggerFactory.getLogger(FactLedgerWriter.class);
    static final String TENANT = "t";
    static final String HIGH_WATER = "hw";
    private static final String SEGMENTS = "s";
    /** How many batches a month's cells take appended before they are merged into one encoding. */
    private static final int SEGMENTS_BEFORE_MERGING = 32;
    static final String MONTHS = "months";
    static final String VERSION = "v";
    private static final String SEQUENCE = "seq";
    static final String FACTS = "facts";
    static final String SOURCES = "sources";
    /**
     * Record ids read per query: mongo-java-server's stock backend matches every document an {@code $in} finds against
     * the whole list again, so one query's cost grows with the square of its length (the project's embedded server
     * matches id lists by set).
     */
    private static final int READ_CHUNK = 500;
    /**
     * Records written per bulk: the embedded server accepts 1,000 writes per message, and the driver maps all of a
     * bulk's remaining writes again for every message it splits off, so a bulk's cost would grow with its square.
     */
    private static final int WRITE_CHUNK = 1_000;
    /** About 50 MB of records' facts and sources: a rebuild then meets most records again while remembered. */
    static final int RECORDS_REMEMBERED = 100_000;
    /** Encoded cells of the months written last: a month of a large council at a million events is about 100 kB. */
    static final long MONTH_BYTES_REMEMBERED = 32L << 20;
    /** At most what a crash replays while writes are deferred: some seven seconds of a rebuild. */
    static final int EVENTS_DEFERRED_AT_MOST = 100_000;
    /**
     * Record ids a writer expects to store into a generation it saw from empty: a million events have some 500,000
     * records. The filter takes about 2.4 MB; beyond this many ids it says "may hold" more often, asking the store
     * as a writer without it would.
     */
    static final int RECORD_IDS_EXPECTED = 2_000_000;

    private final MongoCollection<Document> records;
    /** The same records written as BSON the writer encodes itself: a record is five fields, two of them binary. */
    private final MongoCollection<RawBsonDocument> encodedRecords;
    private final MongoCollection<Document> cells;
    private final MongoCollection<RawBsonDocument> encodedCells;
    private final MongoCollection<Document> tenants;
    private final MongoCollection<Document> baselines;
    private final MetricCatalogue catalogue;
    private final Map<String, RecordFacts> rememberedRecords;
    private final RememberedMonths rememberedMonths;
    private final int eventsDeferredAtMost;
    /** The ids of every record stored in the generation, while the writer has seen it from empty; else null. */
    private BloomFilter<CharSequence> storedRecordIds;
    /** Remembered records whose state is not stored yet. */
    private final Set<String> unwritten = new HashSet<>();
    /** Unwritten records forgotten for room during the current batch: written at its end. */
    private final Map<String, RecordFacts> unwrittenForgotten = new LinkedHashMap<>();
    /** Months whose cells absorbed events that are not stored yet, and the tenants' months they add. */
    private final Map<MonthKey, PendingMonth> unwrittenMonths = new LinkedHashMap<>();
    private final Map<String, Set<String>> unwrittenTenantMonths = new LinkedHashMap<>();
    private long eventsSinceAllStored;
    /** Records asked of the store, inserted and replaced since every record was last stored: for the debug log. */
    private long recordsAsked;
    private long recordsInserted;
    private long recordsReplaced;
    private long recordsAskedInAll;
    private long lastPosition = Long.MIN_VALUE;

    public FactLedgerWriter(MongoDatabase database, LedgerGeneration generation, MetricCatalogue catalogue) {
        this(database, generation, catalogue, RECORDS_REMEMBERED, MONTH_BYTES_REMEMBERED, EVENTS_DEFERRED_AT_MOST);
    }

    FactLedgerWriter(MongoDatabase database, LedgerGeneration generation, MetricCatalogue catalogue,
                     int recordsRemembered, long monthBytesRemembered, int eventsDeferredAtMost) {
        this.records = database.getCollection(generation.recordsCollection());
        this.encodedRecords = records.withDocumentClass(RawBsonDocument.class);
        this.cells = database.getCollection(generation.cellsCollection());
        this.encodedCells = cells.withDocumentClass(RawBsonDocument.class);
        this.tenants = database.getCollection(generation.tenantsCollection());
        this.baselines = database.getCollection(generation.baselinesCollection());
        this.catalogue = catalogue;
        this.rememberedRecords = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RecordFacts> eldest) {
                if (size() <= recordsRemembered) {
                    return false;
                }
                if (unwritten.remove(eldest.getKey())) {
                    unwrittenForgotten.put(eldest.getKey(), eldest.getValue());
                }
                return true;
            }
        };
        this.rememberedMonths = new RememberedMonths(monthBytesRemembered);
        this.eventsDeferredAtMost = eventsDeferredAtMost;
    }

    /** Applies a batch of events in store order and stores everything it changed. */
    public void write(List<LedgerEvent> events) {
        write(events, false);
    }

    /**
     * Applies a batch of events in store order; records' new states and months' new cells may stay unwritten if
     * {@code mayDefer}.
     *
     * @return whether everything the batch and earlier ones changed is stored now
     */
    public boolean write(List<LedgerEvent> events, boolean mayDefer) {
        if (events.isEmpty()) {
            return everythingStored();
        }
        if (events.get(0).globalSequence() != lastPosition + 1) {
            forget();
        }
        if (lastPosition == Long.MIN_VALUE && records.find().projection(Projections.include("_id")).first() == null) {
            storedRecordIds = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), RECORD_IDS_EXPECTED);
        }
        try {
            apply(events, mayDefer);
            lastPosition = events.get(events.size() - 1).globalSequence();
            return everythingStored();
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    /**
     * Forgets what it remembers, what is not written yet too: whoever goes on replays from the last batch after which
     * everything was stored.
     */
    private void forget() {
        rememberedRecords.clear();
        unwritten.clear();
        unwrittenForgotten.clear();
        unwrittenMonths.clear();
        unwrittenTenantMonths.clear();
        eventsSinceAllStored = 0;
        rememberedMonths.clear();
        storedRecordIds = null;
        lastPosition = Long.MIN_VALUE;
    }

    private boolean everythingStored() {
        return unwritten.isEmpty() && unwrittenMonths.isEmpty() && unwrittenTenantMonths.isEmpty();
    }

    private void apply(List<LedgerEvent> events, boolean mayDefer) {
        Map<String, RecordFacts> states = readRecords(events);
        Map<MonthKey, List<Contribution>> contributionsByMonth = new LinkedHashMap<>();
        List<WriteModel<Document>> baselineWrites = new ArrayList<>();
        Set<String> changedRecords = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (event.tenant() == null) {
                log.warn("Event {} ({}) names no tenant; it contributes no facts", event.eventId(),
                        event.payload().getClass().getSimpleName());
                continue;
            }
            if (event.payload() instanceof BaselineRecordedEvent baseline) {
                baselineWrites.add(baselineDocument(event, baseline));
                unwrittenTenantMonths.computeIfAbsent(event.tenant(), t -> new LinkedHashSet<>());
                continue;
            }
            MetricFamily family = catalogue.familyOf(event.payload().getClass()).orElse(null);
            if (family == null || event.aggregateId() == null) {
                continue;
            }
            RecordFacts before = states.getOrDefault(event.aggregateId(), RecordFacts.UNKNOWN);
            if (event.aggregateSequence() <= before.sequence()) {
                continue;
            }
            List<Fact> asserted = before.facts();
            List<Fact> after = family.factsAfter(event.payload(), asserted).orElseThrow();
            List<Contribution> changes = Contribution.between(asserted, after, event);
            for (Contribution contribution : changes) {
                YearMonth month = YearMonth.from(contribution.cell().on());
                contributionsByMonth.computeIfAbsent(new MonthKey(event.tenant(), month), m -> new ArrayList<>())
                        .add(contribution);
                unwrittenTenantMonths.computeIfAbsent(event.tenant(), t -> new LinkedHashSet<>()).add(month.toString());
            }
            states.put(event.aggregateId(), before.after(event, after, changes));
            changedRecords.add(event.aggregateId());
        }
        absorbCells(contributionsByMonth);
        eventsSinceAllStored += events.size();
        unwritten.addAll(changedRecords);
        changedRecords.forEach(id -> rememberedRecords.put(id, states.get(id)));
        boolean storeEverything = !mayDefer || eventsSinceAllStored >= eventsDeferredAtMost;
        if (storeEverything || !unwrittenForgotten.isEmpty() || !baselineWrites.isEmpty()) {
            // a record's state is never stored ahead of the cells its events changed (see the class comment)
            writeUnwrittenMonths();
        }
        if (storeEverything) {
            writeUnwrittenRecords(events.get(events.size() - 1).globalSequence());
        } else {
            writeRecords(unwrittenForgotten);
        }
        if (!baselineWrites.isEmpty()) {
            baselines.bulkWrite(baselineWrites);
        }
        if (unwrittenMonths.isEmpty()) {
            writeTenants(unwrittenTenantMonths);
            unwrittenTenantMonths.clear();
        }
    }

    private Map<String, RecordFacts> readRecords(List<LedgerEvent> events) {
        Map<String, RecordFacts> states = new HashMap<>();
        List<String> chunk = new ArrayList<>(READ_CHUNK);
        for (LedgerEvent event : events) {
            String id = event.aggregateId();
            if (id == null || states.containsKey(id) || catalogue.familyOf(event.payload().getClass()).isEmpty()) {
                continue;
            }
            RecordFacts remembered = rememberedRecords.get(id);
            states.put(id, remembered == null ? RecordFacts.UNKNOWN : remembered);
            if (remembered == null && (storedRecordIds == null || storedRecordIds.mightContain(id))) {
                chunk.add(id);
                if (chunk.size() == READ_CHUNK) {
                    readRecords(chunk, states);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            readRecords(chunk, states);
        }
        return states;
    }

    private void readRecords(List<String> ids, Map<String, RecordFacts> states) {
        recordsAsked += ids.size();
        recordsAskedInAll += ids.size();
        for (Document record : records.find(Filters.in("_id", ids))) {
            states.put(record.getString("_id"), RecordFacts.from(record));
        }
    }

    /**
     * Adds a batch's contributions above their month's high water mark to the cells that month will have added when
     * it is next written (the month as stored is read, or remembered, the first time).
     */
    private void absorbCells(Map<MonthKey, List<Contribution>> contributionsByMonth) {
        if (contributionsByMonth.isEmpty()) {
            return;
        }
        Set<MonthKey> notPending = new LinkedHashSet<>(contributionsByMonth.keySet());
        notPending.removeAll(unwrittenMonths.keySet());
        Map<MonthKey, StoredMonth> stored = notPending.isEmpty() ? Map.of() : readMonths(notPending);
        contributionsByMonth.forEach((month, contributions) -> {
            PendingMonth pending = unwrittenMonths.get(month);
            long mark = pending != null ? pending.highWater : stored.get(month).highWater();
            for (Contribution contribution : contributions) {
                if (contribution.globalSequence() > mark) {
                    if (pending == null) {
                        pending = new PendingMonth(stored.get(month), MonthCells.empty(month.month()));
                        unwrittenMonths.put(month, pending);
                    }
                    pending.added.add(contribution.cell());
                    pending.highWater = Math.max(pending.highWater, contribution.globalSequence());
                }
            }
        });
    }

    private void writeUnwrittenMonths() {
        if (unwrittenMonths.isEmpty()) {
            return;
        }
        List<WriteModel<RawBsonDocument>> writes = new ArrayList<>();
        Map<String, StoredMonth> written = new LinkedHashMap<>();
        unwrittenMonths.forEach((month, pending) -> {
            StoredMonth after = pending.base.with(month.month(), pending.added, pending.highWater);
            RawBsonDocument document = encoded(after.encoded().length, writer -> {
                writer.writeString("_id", month.id());
                writer.writeString(TENANT, month.tenant());
                writer.writeInt64(HIGH_WATER, after.highWater());
                writer.writeInt32(SEGMENTS, after.segments());
                writer.writeBinaryData(LedgerCell.CELLS, new BsonBinary(after.encoded()));
            });
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", month.id()), document, new ReplaceOptions().upsert(true)));
            written.put(month.id(), after);
        });
        encodedCells.bulkWrite(writes);
        written.forEach(rememberedMonths::put);
        unwrittenMonths.clear();
    }

    /**
     * The months as stored: each month's high water mark is read (a small projection), and its cells only when they
     * are not the ones remembered for that mark.
     */
    private Map<MonthKey, StoredMonth> readMonths(Set<MonthKey> months) {
        Map<String, MonthKey> byId = new HashMap<>();
        months.forEach(month -> byId.put(month.id(), month));
        Map<MonthKey, StoredMonth> stored = new HashMap<>();
        for (MonthKey month : months) {
            stored.put(month, StoredMonth.NONE);
        }
        List<String> unknown = new ArrayList<>();
        for (Document document : cells.find(Filters.in("_id", byId.keySet())).projection(Projections.include(HIGH_WATER))) {
            String id = document.getString("_id");
            long highWater = document.get(HIGH_WATER, Number.class).longValue();
            StoredMonth remembered = rememberedMonths.get(id);
            if (remembered != null && remembered.highWater() == highWater) {
                stored.put(byId.get(id), remembered);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            for (Document document : cells.find(Filters.in("_id", unknown))) {
                stored.put(byId.get(document.getString("_id")), StoredMonth.from(document));
            }
        }
        return stored;
    }

    /** Writes every record whose state is not stored; from then on a crash replays nothing before this batch. */
    private void writeUnwrittenRecords(long position) {
        Map<String, RecordFacts> states = new LinkedHashMap<>(unwrittenForgotten);
        unwritten.forEach(id -> states.put(id, rememberedRecords.get(id)));
        writeRecords(states);
        if (log.isDebugEnabled()) {
            log.debug("{}: every record stored at position {} after {} events: {} records asked of the store, {} "
                    + "inserted, {} replaced", records.getNamespace().getCollectionName(), position, eventsSinceAllStored,
                    recordsAsked, recordsInserted, recordsReplaced);
        }
        recordsAsked = 0;
        recordsInserted = 0;
        recordsReplaced = 0;
        eventsSinceAllStored = 0;
    }

    /**
     * Records not stored before are inserted, the others replaced: an insert skips the server's lookup and match of
     * the stored document, and most of a rebuild's writes are first ones. Should another instance have stored one
     * meanwhile, the insert fails on its id, the batch fails, and its redelivery reads what is stored.
     */
    private void writeRecords(Map<String, RecordFacts> states) {
        if (states.isEmpty()) {
            return;
        }
        List<RawBsonDocument> inserts = new ArrayList<>();
        List<WriteModel<RawBsonDocument>> replacements = new ArrayList<>();
        states.forEach((id, state) -> {
            if (state.firstWrite()) {
                inserts.add(state.toDocument(id));
            } else {
                replacements.add(new ReplaceOneModel<>(Filters.eq("_id", id), state.toDocument(id),
                        new ReplaceOptions().upsert(true)));
            }
        });
        recordsInserted += inserts.size();
        recordsReplaced += replacements.size();
        for (int from = 0; from < inserts.size(); from += WRITE_CHUNK) {
            encodedRecords.insertMany(inserts.subList(from, Math.min(inserts.size(), from + WRITE_CHUNK)));
        }
        for (int from = 0; from < replacements.size(); from += WRITE_CHUNK) {
            encodedRecords.bulkWrite(replacements.subList(from, Math.min(replacements.size(), from + WRITE_CHUNK)));
        }
        states.forEach((id, state) -> {
            if (storedRecordIds != null) {
                storedRecordIds.put(id);
            }
            if (unwritten.remove(id)) {
                rememberedRecords.put(id, state.stored());
            }
        });
        unwrittenForgotten.clear();
    }

    /** How many records this writer asked the store for since it was made. */
    long recordsAskedOfTheStore() {
        return recordsAskedInAll;
    }

    private void writeTenants(Map<String, Set<String>> monthsByTenant) {
        if (monthsByTenant.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        monthsByTenant.forEach((tenant, months) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", tenant),
                Updates.combine(Updates.addEachToSet(MONTHS, new ArrayList<>(months)), Updates.inc(VERSION, 1L)),
                new UpdateOptions().upsert(true))));
        tenants.bulkWrite(writes);
    }

    /**
     * A document of the fields {@code fields} writes, encoded here: the ledger's documents are a few fields, mostly
     * binary, which the driver's {@code Document} path would put in a map, encode through a codec per field and copy
     * twice ({@code Binary.getData()} clones).
     */
    private static RawBsonDocument encoded(int binaryBytes, Consumer<BsonBinaryWriter> fields) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(256 + binaryBytes);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            fields.accept(writer);
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    private static WriteModel<Document> baselineDocument(LedgerEvent event, BaselineRecordedEvent baseline) {
        Document breakdown = new Document();
        baseline.breakdown().forEach(breakdown::append);
        Document document = new Document("_id", event.eventId())
                .append(TENANT, event.tenant())
                .append("metric", baseline.metric())
                .append("from", baseline.from().toString())
                .append("to", baseline.to().toString())
                .append("value", baseline.value())
                .append("breakdown", breakdown)
                .append("source", baseline.source())
                .append("recordedAt", Date.from(event.recordedAt()));
        return new ReplaceOneModel<>(Filters.eq("_id", event.eventId()), document, new ReplaceOptions().upsert(true));
    }

    /**
     * What a record asserted after the last event the generation applied to it, and the sources of its facts (each
     * event that changed them), both encoded by {@link RecordEncoding}: a writer remembers many of them for minutes,
     * and two arrays are all the collector has to copy and trace of each, where decoded facts are a dozen objects.
     */
    private record RecordFacts(String tenant, long sequence, byte[] encodedFacts, byte[] sources,
                               boolean storedBefore) {

        /** A record the generation has not stored: neither remembered nor found. */
        static final RecordFacts UNKNOWN = new RecordFacts(null, -1, RecordEncoding.encodeFacts(List.of()),
                new byte[0], false);

        static RecordFacts from(Document record) {
            return new RecordFacts(record.getString(TENANT), record.getLong(SEQUENCE),
                    record.get(FACTS, Binary.class).getData(), record.get(SOURCES, Binary.class).getData(), true);
        }

        List<Fact> facts() {
            return RecordEncoding.decodeFacts(encodedFacts);
        }

        /** Whether writing it is its first write, as far as this writer knows. */
        boolean firstWrite() {
            return !storedBefore;
        }

        RecordFacts stored() {
            return storedBefore ? this : new RecordFacts(tenant, sequence, encodedFacts, sources, true);
        }

        RecordFacts after(LedgerEvent event, List<Fact> asserted, List<Contribution> changes) {
            byte[] facts = RecordEncoding.encodeFacts(asserted);
            if (changes.isEmpty()) {
                return new RecordFacts(event.tenant(), event.aggregateSequence(), facts, sources, storedBefore);
            }
            List<RecordEncoding.Change> cells = new ArrayList<>();
            for (Contribution change : changes) {
                LedgerCell cell = change.cell();
                cells.add(new RecordEncoding.Change(cell.metric(), cell.on(), cell.dimension(), cell.value(),
                        cell.count()));
            }
            RecordEncoding.Source source = new RecordEncoding.Source(event.eventId(), event.globalSequence(),
                    event.aggregateSequence(), event.payload().getClass().getSimpleName(), event.recordedAt(),
                    event.user(), cells);
            return new RecordFacts(event.tenant(), event.aggregateSequence(), facts,
                    RecordEncoding.appendSource(sources, source), storedBefore);
        }

        RawBsonDocument toDocument(String id) {
            return encoded(encodedFacts.length + sources.length, writer -> {
                writer.writeString("_id", id);
                writer.writeString(TENANT, tenant);
                writer.writeInt64(SEQUENCE, sequence);
                writer.writeBinaryData(FACTS, new BsonBinary(encodedFacts));
                writer.writeBinaryData(SOURCES, new BsonBinary(sources));
            });
        }
    }

    /** A tenant's business month: the unit of the cells collection. */
    private record MonthKey(String tenant, YearMonth month) {
        String id() {
            return LedgerCell.monthDocumentId(tenant, month);
        }
    }

    /**
     * A month document as stored: the highest global sequence it absorbed and its cells, encoded in as many
     * appended segments as batches added to them since they were last merged.
     */
    private record StoredMonth(long highWater, int segments, byte[] encoded) {

        /** No month stored: every position is above its mark, the first one of a store too (0 in some). */
        static final StoredMonth NONE = new StoredMonth(-1, 0, new byte[0]);

        static StoredMonth from(Document month) {
            return new StoredMonth(month.get(HIGH_WATER, Number.class).longValue(),
                    month.get(SEGMENTS, Number.class).intValue(), month.get(LedgerCell.CELLS, Binary.class).getData());
        }

        /** With a batch's cells appended, or merged with the others once there are many segments. */
        StoredMonth with(YearMonth month, MonthCells added, long highWater) {
            if (segments < SEGMENTS_BEFORE_MERGING) {
                return new StoredMonth(highWater, segments + 1, MonthCells.append(encoded, added));
            }
            MonthCells all = MonthCells.decode(month, MonthCells.append(encoded, added));
            return new StoredMonth(highWater, 1, all.encode());
        }
    }

    /** A month as stored before, and what the events applied since add to it: written as one more segment. */
    private static final class PendingMonth {

        private final StoredMonth base;
        private final MonthCells added;
        private long highWater;

        PendingMonth(StoredMonth base, MonthCells added) {
            this.base = base;
            this.added = added;
            this.highWater = base.highWater();
        }
    }

    /** The encoded cells of the months written last, up to a number of bytes. */
    private static final class RememberedMonths {

        private final long capacity;
        private final LinkedHashMap<String, StoredMonth> months = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        RememberedMonths(long capacity) {
            this.capacity = capacity;
        }

        StoredMonth get(String id) {
            return months.get(id);
        }

        void put(String id, StoredMonth month) {
            StoredMonth replaced = months.put(id, month);
            bytes += month.encoded().length - (replaced == null ? 0 : replaced.encoded().length);
            var eldest = months.entrySet().iterator();
            while (bytes > capacity && eldest.hasNext()) {
                bytes -= eldest.next().getValue().encoded().length;
                eldest.remove();
            }
        }

        void clear() {
            months.clear();
            bytes = 0;
        }
    }

    /** One cell's change caused by one event. */
    private record Contribution(String tenant, long globalSequence, LedgerCell cell) {

        /** The difference between what a record asserted before and after an event, cell by cell. */
        static List<Contribution> between(List<Fact> before, List<Fact> after, LedgerEvent event) {
            Map<CellKey, long[]> change = new LinkedHashMap<>();
            for (Fact fact : before) {
                long[] sum = change.computeIfAbsent(CellKey.of(fact), k -> new long[2]);
                sum[0] -= fact.value();
                sum[1] -= 1;
            }
            for (Fact fact : after) {
                long[] sum = change.computeIfAbsent(CellKey.of(fact), k -> new long[2]);
                sum[0] += fact.value();
                sum[1] += 1;
            }
            List<Contribution> contributions = new ArrayList<>();
            long second = event.recordedAt().getEpochSecond();
            change.forEach((key, sum) -> {
                if (sum[0] != 0 || sum[1] != 0) {
                    contributions.add(new Contribution(event.tenant(), event.globalSequence(),
                            new LedgerCell(key.metric(), key.on(), key.dimension(), second, sum[0], sum[1])));
                }
            });
            return contributions;
        }
    }

    private record CellKey(String metric, LocalDate on, String dimension) {
        static CellKey of(Fact fact) {
            return new CellKey(fact.metric(), fact.on(), fact.dimension());
        }

        CellKey {
            Objects.requireNonNull(metric);
        }
    }
}
