package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A query's result read from a collection's map in key order a batch at a time, as the client asks for it: the stock
 * server collects every matching document before it answers the first batch, which for a sorted read of a million
 * events held all of them decoded at once. Between batches the cursor keeps only the last key it read, so it pins no
 * version of the map; documents stored or removed meanwhile are seen or not by where their key falls, as MongoDB's
 * own cursors see concurrent writes.
 */
final class KeyOrderCursor extends AbstractCursor {

    private final MVMap<Object, byte[]> documents;
    private final Predicate<Document> matches;
    private final int batchSize;
    /** The last key read, null before the first (a map's keys are never null); the next batch starts after it. */
    private Object lastKey;
    /** The next matching document, read ahead so that {@link #isEmpty} is known; null when there is none. */
    private Document next;
    private boolean exhausted;

    KeyOrderCursor(long id, MVMap<Object, byte[]> documents, Predicate<Document> matches, int batchSize) {
        super(id);
        if (batchSize <= 0) {
            throw new IllegalArgumentException("a cursor in key order needs a batch size, was " + batchSize);
        }
        this.documents = documents;
        this.matches = matches;
        this.batchSize = batchSize;
    }

    @Override
    public synchronized boolean isEmpty() {
        return next == null && exhausted;
    }

    /** Up to {@code numberToReturn} matching documents after those already taken ({@code <= 0}: the batch size). */
    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
        int wanted = numberToReturn > 0 ? numberToReturn : batchSize;
        List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
        if (next != null) {
            batch.add(next);
            next = null;
        }
        Cursor<Object, byte[]> keys = documents.cursor(lastKey);
        while (keys.hasNext()) {
            Object key = keys.next();
            if (key.equals(lastKey)) {
                continue;
            }
            lastKey = key;
            Document document = StoredDocumentType.decode(keys.getValue());
            if (!matches.test(document)) {
                continue;
            }
            if (batch.size() == wanted) {
                next = document;
                return batch;
            }
            batch.add(document);
        }
        exhausted = true;
        return batch;
    }
}
