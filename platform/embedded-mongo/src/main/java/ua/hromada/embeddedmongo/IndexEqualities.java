package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain equalities a query sets on an index's fields, found at its top level or inside a top-level
 * {@code $and}: every document the query matches has those values, so the documents an index finds for them include
 * all of its matches.
 */
final class IndexEqualities {

    private IndexEqualities() {
    }

    /** A query of the index's fields alone, or {@code null} when the query does not fix each of them to a value. */
    static Document of(List<IndexKey> keys, Document query) {
        Document equalities = new Document();
        for (IndexKey key : keys) {
            Object value = valueOf(key.getKey(), query);
            if (value == null) {
                return null;
            }
            equalities.put(key.getKey(), value);
        }
        return equalities;
    }

    private static Object valueOf(String field, Document query) {
        Object value = query.get(field);
        if (isPlain(value)) {
            return value;
        }
        if (query.get("$and") instanceof Collection<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document document) {
                    Object nested = valueOf(field, document);
                    if (nested != null) {
                        return nested;
                    }
                }
            }
        }
        return null;
    }

    /** A value the field must equal: not an operator document, an array (also matched by its elements) or null. */
    private static boolean isPlain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !(value instanceof Pattern) && !(value instanceof BsonRegularExpression);
    }
}
