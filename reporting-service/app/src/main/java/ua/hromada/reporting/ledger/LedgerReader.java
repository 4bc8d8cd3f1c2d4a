package ua.hromada.reporting.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * Reads a tenant's facts of the live generation, keeping them in memory until the ledger changes: one small read of
 * the tenant's document per question tells whether its version moved. The embedded MongoDB has no range indexes,
 * so a period is never a range query: the month documents are addressed by id.
 */
public class LedgerReader {

    private final MongoDatabase database;
    private final LedgerPointer pointer;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public LedgerReader(MongoDatabase database, LedgerPointer pointer) {
        this.database = database;
        this.pointer = pointer;
    }

    /** The tenant's facts as the live generation holds them now. */
    public TenantFacts factsOf(String tenant) {
        LedgerGeneration generation = pointer.live();
        Document head = database.getCollection(generation.tenantsCollection()).find(Filters.eq("_id", tenant)).first();
        if (head == null) {
            return TenantFacts.empty();
        }
        long version = head.get(FactLedgerWriter.VERSION, Number.class).longValue();
        String key = generation.number() + "/" + tenant;
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return cached.facts();
        }
        TenantFacts facts = load(generation, tenant, head.getList(FactLedgerWriter.MONTHS, String.class, List.of()));
        cache.keySet().removeIf(k -> k.endsWith("/" + tenant) && !k.equals(key));
        cache.put(key, new Cached(version, facts));
        return facts;
    }

    /**
     * What one record of the tenant contributes to the live ledger: the facts it asserts now and, event by event, the
     * changes each made, with the event's id, position, recording time and user. Empty for a record the ledger
     * has no facts of.
     */
    public Optional<Document> sourcesOf(String recordId) {
        Document record = database.getCollection(pointer.live().recordsCollection())
                .find(Filters.eq("_id", recordId)).first();
        return Optional.ofNullable(record);
    }

    private TenantFacts load(LedgerGeneration generation, String tenant, List<String> months) {
        Map<String, YearMonth> monthById = new LinkedHashMap<>();
        for (String month : months) {
            YearMonth yearMonth = YearMonth.parse(month);
            monthById.put(LedgerCell.monthDocumentId(tenant, yearMonth), yearMonth);
        }
        List<LedgerCell> cells = new ArrayList<>();
        MongoCollection<Document> monthDocuments = database.getCollection(generation.cellsCollection());
        for (Document month : monthDocuments.find(Filters.in("_id", monthById.keySet()))) {
            YearMonth yearMonth = monthById.get(month.getString("_id"));
            Binary encoded = month.get(LedgerCell.CELLS, Binary.class);
            if (encoded != null) {
                cells.addAll(MonthCells.decode(yearMonth, encoded.getData()).cells());
            }
        }
        List<TenantFacts.Baseline> baselines = new ArrayList<>();
        for (Document baseline : database.getCollection(generation.baselinesCollection())
                .find(Filters.eq(FactLedgerWriter.TENANT, tenant))) {
            Map<String, Long> breakdown = new LinkedHashMap<>();
            Document byDimension = baseline.get("breakdown", Document.class);
            if (byDimension != null) {
                byDimension.forEach((dimension, value) -> breakdown.put(dimension, ((Number) value).longValue()));
            }
            baselines.add(new TenantFacts.Baseline(baseline.getString("metric"),
                    LocalDate.parse(baseline.getString("from")), LocalDate.parse(baseline.getString("to")),
                    baseline.get("value", Number.class).longValue(), breakdown, baseline.getString("source"),
                    baseline.getDate("recordedAt").toInstant()));
        }
        return new TenantFacts(cells, baselines);
    }

    private record Cached(long version, TenantFacts facts) {
    }
}
