package ua.hromada.reporting.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * tenant's month documents with the event's recording second. Every write is idempotent, so a batch delivered again
 * after a crash changes nothing it already changed: month documents remember the highest global sequence they
 * absorbed ({@code hw}) and skip events up to it; record documents skip events up to their sequence number. Cells
 * are written before records: a crash between the two leaves the records as they were, so the redelivered batch
 * derives the same differences again and the cells skip them.
 */
public final class FactLedgerWriter {

    private static final Logger log = LoggerFactory.getLogger(FactLedgerWriter.class);
    static final String TENANT = "t";
    static final String HIGH_WATER = "hw";
    static final String MONTHS = "months";
    static final String VERSION = "v";
    private static final String SEQUENCE = "seq";
    static final String FACTS = "facts";
    static final String SOURCES = "sources";
    /**
     * Record ids read per query: the embedded server matches every document an {@code $in} finds against the whole
     * list again, so one query's cost grows with the square of its length.
     */
    private static final int READ_CHUNK = 500;

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> cells;
    private final MongoCollection<Document> tenants;
    private final MongoCollection<Document> baselines;
    private final MetricCatalogue catalogue;

    public FactLedgerWriter(MongoDatabase database, LedgerGeneration generation, MetricCatalogue catalogue) {
        this.records = database.getCollection(generation.recordsCollection());
        this.cells = database.getCollection(generation.cellsCollection());
        this.tenants = database.getCollection(generation.tenantsCollection());
        this.baselines = database.getCollection(generation.baselinesCollection());
        this.catalogue = catalogue;
    }

    /** Applies a batch of events in store order. */
    public void write(List<LedgerEvent> events) {
        Map<String, RecordFacts> states = readRecords(events);
        Map<String, List<Contribution>> contributionsByMonth = new LinkedHashMap<>();
        Map<String, Set<String>> monthsByTenant = new LinkedHashMap<>();
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
                monthsByTenant.computeIfAbsent(event.tenant(), t -> new LinkedHashSet<>());
                continue;
            }
            MetricFamily family = catalogue.familyOf(event.payload().getClass()).orElse(null);
            if (family == null || event.aggregateId() == null) {
                continue;
            }
            RecordFacts before = states.getOrDefault(event.aggregateId(), RecordFacts.NONE);
            if (event.aggregateSequence() <= before.sequence()) {
                continue;
            }
            List<Fact> after = family.factsAfter(event.payload(), before.facts()).orElseThrow();
            List<Contribution> changes = Contribution.between(before.facts(), after, event);
            for (Contribution contribution : changes) {
                String month = LedgerCell.monthDocumentId(event.tenant(), YearMonth.from(contribution.cell().on()));
                contributionsByMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(contribution);
                monthsByTenant.computeIfAbsent(event.tenant(), t -> new LinkedHashSet<>())
                        .add(YearMonth.from(contribution.cell().on()).toString());
            }
            states.put(event.aggregateId(), before.after(event, after, changes));
            changedRecords.add(event.aggregateId());
        }
        writeCells(contributionsByMonth);
        writeRecords(states, changedRecords);
        if (!baselineWrites.isEmpty()) {
            baselines.bulkWrite(baselineWrites);
        }
        writeTenants(monthsByTenant);
    }

    private Map<String, RecordFacts> readRecords(List<LedgerEvent> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (event.aggregateId() != null && catalogue.familyOf(event.payload().getClass()).isPresent()) {
                ids.add(event.aggregateId());
            }
        }
        Map<String, RecordFacts> states = new HashMap<>();
        List<String> chunk = new ArrayList<>(READ_CHUNK);
        for (String id : ids) {
            chunk.add(id);
            if (chunk.size() == READ_CHUNK) {
                readRecords(chunk, states);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            readRecords(chunk, states);
        }
        return states;
    }

    private void readRecords(List<String> ids, Map<String, RecordFacts> states) {
        for (Document record : records.find(Filters.in("_id", ids))) {
            states.put(record.getString("_id"), RecordFacts.from(record));
        }
    }

    private void writeCells(Map<String, List<Contribution>> contributionsByMonth) {
        if (contributionsByMonth.isEmpty()) {
            return;
        }
        Map<String, Long> highWater = new HashMap<>();
        for (Document month : cells.find(Filters.in("_id", contributionsByMonth.keySet()))
                .projection(Projections.include(HIGH_WATER))) {
            highWater.put(month.getString("_id"), month.getLong(HIGH_WATER));
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        contributionsByMonth.forEach((monthId, contributions) -> {
            long absorbed = highWater.getOrDefault(monthId, 0L);
            Map<String, long[]> sums = new LinkedHashMap<>();
            long highest = absorbed;
            String tenant = null;
            for (Contribution contribution : contributions) {
                if (contribution.globalSequence() <= absorbed) {
                    continue;
                }
                long[] sum = sums.computeIfAbsent(contribution.cell().field(), f -> new long[2]);
                sum[0] += contribution.cell().value();
                sum[1] += contribution.cell().count();
                highest = Math.max(highest, contribution.globalSequence());
                tenant = contribution.tenant();
            }
            if (sums.isEmpty()) {
                return;
            }
            List<Bson> updates = new ArrayList<>();
            sums.forEach((field, sum) -> {
                updates.add(Updates.inc(LedgerCell.CELLS + "." + field + ".n", sum[0]));
                updates.add(Updates.inc(LedgerCell.CELLS + "." + field + ".c", sum[1]));
            });
            updates.add(Updates.max(HIGH_WATER, highest));
            updates.add(Updates.set(TENANT, tenant));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", monthId), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            cells.bulkWrite(writes);
        }
    }

    private void writeRecords(Map<String, RecordFacts> states, Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String id : changed) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), states.get(id).toDocument(id),
                    new ReplaceOptions().upsert(true)));
        }
        records.bulkWrite(writes);
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
     * What a record asserted after the last event the generation applied to it, and the source of every change: the
     * event, its position, recording time and user, and the cells it changed.
     */
    private record RecordFacts(String tenant, long sequence, List<Fact> facts, List<Document> sources) {

        static final RecordFacts NONE = new RecordFacts(null, -1, List.of(), List.of());

        static RecordFacts from(Document record) {
            List<Fact> facts = new ArrayList<>();
            for (Document fact : record.getList(FACTS, Document.class)) {
                facts.add(new Fact(fact.getString("m"), LocalDate.parse(fact.getString("on")), fact.getString("k"),
                        fact.getLong("n"), fact.getString("p")));
            }
            return new RecordFacts(record.getString(TENANT), record.getLong(SEQUENCE), facts,
                    record.getList(SOURCES, Document.class, List.of()));
        }

        RecordFacts after(LedgerEvent event, List<Fact> asserted, List<Contribution> changes) {
            List<Document> sources = new ArrayList<>(this.sources);
            if (!changes.isEmpty()) {
                List<Document> cells = new ArrayList<>();
                for (Contribution change : changes) {
                    LedgerCell cell = change.cell();
                    cells.add(new Document("m", cell.metric()).append("on", cell.on().toString())
                            .append("k", cell.dimension()).append("n", cell.value()).append("c", cell.count()));
                }
                sources.add(new Document("event", event.eventId()).append("position", event.globalSequence())
                        .append("sequence", event.aggregateSequence())
                        .append("type", event.payload().getClass().getSimpleName())
                        .append("recordedAt", Date.from(event.recordedAt())).append("user", event.user())
                        .append("changes", cells));
            }
            return new RecordFacts(event.tenant(), event.aggregateSequence(), asserted, sources);
        }

        Document toDocument(String id) {
            List<Document> facts = new ArrayList<>();
            for (Fact fact : this.facts) {
                facts.add(new Document("m", fact.metric()).append("on", fact.on().toString())
                        .append("k", fact.dimension()).append("n", fact.value()).append("p", fact.part()));
            }
            return new Document("_id", id).append(TENANT, tenant).append(SEQUENCE, sequence).append(FACTS, facts)
                    .append(SOURCES, sources);
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
