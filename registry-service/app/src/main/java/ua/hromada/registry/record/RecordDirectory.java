package ua.hromada.registry.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The read model of one register: one document per record, keyed by its tenant-scoped id, holding the record's
 * current view, the {@link RecordSummary} its list filters on, and the aggregate sequence number of the last event
 * applied to it.
 * <p>
 * That sequence number makes every projection built on this class idempotent: an event already applied (a
 * redelivery after a crash before the token was stored, a replay) is skipped, and an event not yet applied finds
 * the document exactly as the previous event of its aggregate left it, because one processor thread handles an
 * aggregate's events in order. Work that must happen before the document changes (moving counters) runs in
 * {@code beforeSaving}, so a crash between the two repeats that work with the same event, which
 * {@link StockCounter} recognises. Within an event processor's batch the records are read and written together
 * (see {@link ReadModelBatch}).
 * <p>
 * Values reach MongoDB only as field values of typed filters, and text search matches the literal text, so input
 * such as {@code {"$gt": ""}} is stored and searched as the plain string it is.
 */
public final class RecordDirectory<V> {

    private static final String ID = "_id";
    private static final String TENANT = "tenant";
    private static final String CLIENT_ID = "clientId";
    private static final String SEQUENCE = "sequence";
    private static final String KIND = "kind";
    private static final String STATUS = "status";
    private static final String DATE = "date";
    private static final String SORT_KEY = "sortKey";
    private static final String TEXT = "text";
    private static final String VIEW = "view";

    private final MongoCollection<Document> records;
    private final Class<V> viewType;
    private final Function<V, RecordSummary> summarise;
    private final ObjectMapper json;

    /**
     * @param summarise what the list filters on, derived from the view; a withdrawn record must have status
     *                  {@value RecordFilter#WITHDRAWN}
     */
    public RecordDirectory(MongoDatabase database, String collection, Class<V> viewType,
                           Function<V, RecordSummary> summarise, ObjectMapper json) {
        this.records = database.getCollection(collection);
        this.viewType = viewType;
        this.summarise = summarise;
        this.json = json;
    }

    /** Applies an event that creates or changes a record; {@code change} receives {@code null} for a new record. */
    public void apply(String recordId, long sequence, UnaryOperator<V> change) {
        apply(recordId, sequence, change, (before, after) -> { });
    }

    /**
     * Applies an event unless it was applied already.
     *
     * @param beforeSaving receives the view before ({@code null} for a new record) and after the event, before the
     *                     document is written
     */
    public void apply(String recordId, long sequence, UnaryOperator<V> change, BiConsumer<V, V> beforeSaving) {
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        Pending pending = batch.map(this::pendingOf).orElse(null);
        Document stored = pending != null ? pending.current(recordId)
                : records.find(Filters.eq(ID, recordId)).first();
        if (stored != null && stored.get(SEQUENCE, Number.class).longValue() >= sequence) {
            return;
        }
        V before = stored == null ? null : viewOf(stored);
        V after = change.apply(before);
        beforeSaving.accept(before, after);
        Document document = documentOf(recordId, sequence, after);
        if (pending != null) {
            pending.put(recordId, document);
        } else {
            records.replaceOne(Filters.eq(ID, recordId), document, new ReplaceOptions().upsert(true));
        }
    }

    private Pending pendingOf(ReadModelBatch batch) {
        return batch.stateOf(this, ReadModelBatch.Stage.RECORDS, () -> new Pending(batch.aggregateIdentifiers()),
                Pending::write);
    }

    /** This directory's records of one batch: read in one go at its start, written in one go at its end. */
    private final class Pending {

        private final Map<String, Document> stored = new HashMap<>();
        private final Map<String, Document> written = new LinkedHashMap<>();

        Pending(Set<String> recordIds) {
            if (!recordIds.isEmpty()) {
                records.find(Filters.in(ID, recordIds)).forEach(document -> stored.put(document.getString(ID),
                        document));
            }
        }

        Document current(String recordId) {
            Document document = written.get(recordId);
            return document != null ? document : stored.get(recordId);
        }

        void put(String recordId, Document document) {
            written.put(recordId, document);
        }

        void write() {
            if (written.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> writes = new ArrayList<>(written.size());
            written.forEach((recordId, document) -> writes.add(stored.containsKey(recordId)
                    ? new ReplaceOneModel<>(Filters.eq(ID, recordId), document, new ReplaceOptions().upsert(true))
                    // a record new in this batch: an insert costs the embedded server far less than an upsert
                    : new InsertOneModel<>(document)));
            records.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /** The record of {@code tenant} with this tenant-scoped id; empty also for another tenant's id. */
    public Optional<V> find(String tenant, String recordId) {
        // Comparing the id's tenant here rather than adding the tenant to the filter keeps the lookup on the _id
        // index, which the embedded server uses only for a filter that names _id alone.
        boolean ofTheTenant = TenantScopedId.tryParse(recordId).filter(id -> id.belongsTo(tenant)).isPresent();
        if (!ofTheTenant) {
            return Optional.empty();
        }
        return Optional.ofNullable(records.find(Filters.eq(ID, recordId)).first()).map(this::viewOf);
    }

    /** One page of the tenant's records that pass the filter, and how many pass it. */
    public Page<V> page(String tenant, RecordFilter filter) {
        Bson query = queryOf(tenant, filter);
        long total = records.countDocuments(query);
        long offset = (long) filter.page() * filter.size();
        List<V> items = offset >= total
                ? List.of()
                : records.find(query)
                        .sort(Sorts.ascending(SORT_KEY, ID))
                        .skip((int) offset)
                        .limit(filter.size())
                        .map(this::viewOf)
                        .into(new ArrayList<>());
        return new Page<>(items, total);
    }

    /** The records of one page and the number of all records that pass the filter. */
    public record Page<V>(List<V> items, long total) {
    }

    /** Forgets every record, before a replay rebuilds them. */
    public void clear() {
        records.deleteMany(new Document());
    }

    private static Bson queryOf(String tenant, RecordFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.eq(TENANT, tenant));
        if (filter.kind() != null) {
            conditions.add(Filters.eq(KIND, filter.kind()));
        }
        conditions.add(filter.status() != null
                ? Filters.eq(STATUS, filter.status())
                : Filters.ne(STATUS, RecordFilter.WITHDRAWN));
        if (filter.from() != null) {
            conditions.add(Filters.gte(DATE, filter.from().toString()));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lte(DATE, filter.to().toString()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add(Filters.regex(TEXT, Pattern.quote(searchable(filter.text().strip()))));
        }
        return Filters.and(conditions);
    }

    private Document documentOf(String recordId, long sequence, V view) {
        TenantScopedId id = TenantScopedId.parse(recordId);
        RecordSummary summary = summarise.apply(view);
        try {
            return new Document(ID, recordId)
                    .append(TENANT, id.tenant())
                    .append(CLIENT_ID, id.clientId())
                    .append(SEQUENCE, sequence)
                    .append(KIND, summary.kind())
                    .append(STATUS, summary.status())
                    .append(DATE, summary.date() == null ? null : summary.date().toString())
                    .append(SORT_KEY, summary.sortKey() == null ? null : searchable(summary.sortKey()))
                    .append(TEXT, summary.text() == null ? "" : searchable(summary.text()))
                    // Kept as the JSON the API shows, so that amounts and dates come back exactly as written.
                    .append(VIEW, json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view of " + recordId, e);
        }
    }

    private V viewOf(Document stored) {
        try {
            return json.readValue(stored.getString(VIEW), viewType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the view of " + stored.get(ID), e);
        }
    }

    private static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
