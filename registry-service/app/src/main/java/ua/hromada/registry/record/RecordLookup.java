package ua.hromada.registry.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds a record by what people call it rather than by its id: the street committee of a street, the commission
 * named in a meeting's import line, the council's awards commission. Kept by subscribing event handlers, which run
 * on the thread that appended the event before its command returns, so a line naming a record created by an earlier
 * line of the same import always finds it. Names are compared ignoring case and repeated spaces.
 */
public final class RecordLookup {

    private static final String COLLECTION = "registry_lookups";
    private static final String RECORD_ID = "recordId";

    private final MongoCollection<Document> entries;
    private final String scope;

    /** @param scope what is looked up, e.g. {@code street-committee-by-street} */
    public RecordLookup(MongoDatabase database, String scope) {
        this.entries = database.getCollection(COLLECTION);
        this.scope = scope;
    }

    public void put(String tenant, String name, String recordId) {
        entries.replaceOne(Filters.eq("_id", keyOf(tenant, name)),
                new Document("_id", keyOf(tenant, name)).append("scope", scope).append(RECORD_ID, recordId),
                new ReplaceOptions().upsert(true));
    }

    /** Forgets the name, unless another record has taken it since. */
    public void remove(String tenant, String name, String recordId) {
        entries.deleteOne(Filters.and(Filters.eq("_id", keyOf(tenant, name)), Filters.eq(RECORD_ID, recordId)));
    }

    /** The tenant-scoped id of the record {@code name} names in {@code tenant}. */
    public Optional<String> find(String tenant, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.find(Filters.eq("_id", keyOf(tenant, name))).first())
                .map(entry -> entry.getString(RECORD_ID));
    }

    public void clear() {
        entries.deleteMany(Filters.eq("scope", scope));
    }

    private String keyOf(String tenant, String name) {
        String normalised = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return scope + "|" + tenant + "|" + normalised;
    }
}
