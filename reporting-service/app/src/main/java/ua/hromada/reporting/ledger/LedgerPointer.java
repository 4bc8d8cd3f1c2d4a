package ua.hromada.reporting.ledger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Which generation of the ledger answers reports: one document, switched in one write when a rebuild caught up,
 * so readers see either the old generation or the new one, never a mix.
 */
public class LedgerPointer {

    static final String COLLECTION = "report_ledger";
    private static final String LIVE = "live";
    private static final String GENERATION = "generation";
    private static final String GENERATIONS = "generations";
    private static final String LAST = "last";
    private static final String REBUILD = "rebuild";

    private final MongoCollection<Document> pointers;

    public LedgerPointer(MongoDatabase database) {
        this.pointers = database.getCollection(COLLECTION);
    }

    /** The live generation; the first one when none was ever chosen. */
    public LedgerGeneration live() {
        Document pointer = pointers.find(Filters.eq("_id", LIVE)).first();
        if (pointer == null) {
            pointer = pointers.findOneAndUpdate(Filters.eq("_id", LIVE), Updates.setOnInsert(GENERATION, 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        }
        return new LedgerGeneration(pointer.get(GENERATION, Number.class).longValue());
    }

    /**
     * A generation number never used before: a rebuild's collections and processor token are its own, whatever
     * earlier rebuilds left behind.
     */
    public LedgerGeneration allocateNext() {
        pointers.updateOne(Filters.eq("_id", GENERATIONS), Updates.max(LAST, live().number()),
                new UpdateOptions().upsert(true));
        Document allocated = pointers.findOneAndUpdate(Filters.eq("_id", GENERATIONS), Updates.inc(LAST, 1L),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return new LedgerGeneration(allocated.get(LAST, Number.class).longValue());
    }

    /** Takes the one rebuild slot; false when a rebuild holds it. */
    public boolean claimRebuild(String rebuildId) {
        try {
            pointers.insertOne(new Document("_id", REBUILD).append("rebuild", rebuildId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public void releaseRebuild(String rebuildId) {
        pointers.deleteOne(Filters.and(Filters.eq("_id", REBUILD), Filters.eq("rebuild", rebuildId)));
    }

    /** Makes {@code next} live if {@code current} still is; false when someone switched in between. */
    public boolean switchTo(LedgerGeneration current, LedgerGeneration next) {
        return pointers.updateOne(Filters.and(Filters.eq("_id", LIVE), Filters.eq(GENERATION, current.number())),
                Updates.set(GENERATION, next.number())).getModifiedCount() == 1;
    }
}
