package ua.hromada.reporting.ledger;

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

    /** Makes {@code next} live if {@code current} still is; false when someone switched in between. */
    public boolean switchTo(LedgerGeneration current, LedgerGeneration next) {
        return pointers.updateOne(Filters.and(Filters.eq("_id", LIVE), Filters.eq(GENERATION, current.number())),
                Updates.set(GENERATION, next.number())).getModifiedCount() == 1;
    }
}
