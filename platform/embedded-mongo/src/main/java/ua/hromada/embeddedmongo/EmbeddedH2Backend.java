package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * mongo-java-server's H2 backend with two changes to how it stores things, both measured in the reporting and
 * import benchmarks, where the stock backend spent most of the server's time serializing with
 * {@code ObjectOutputStream}:
 * <ul>
 *   <li>unique indexes compare keys by value: the stock backend keeps each in an MVMap keyed by mongo-java-server's
 *   {@link KeyValue} under H2's {@link ObjectDataType}, which knows no {@code KeyValue} and so compares two keys by
 *   serializing both, about twenty times a lookup, and stores each key Java-serialized. Keys of strings, numbers,
 *   booleans and nulls (every key this project's collections have) compare by value and are stored compactly
 *   ({@link KeyValueOrder}); any other key still compares and is stored as H2 does;</li>
 *   <li>documents are stored as BSON instead of Java-serialized, and held in H2's pages and cache as those bytes,
 *   decoded when read ({@link StoredDocumentType}).</li>
 * </ul>
 * It also matches queries for a list of ids by set ({@link StoredCollection}) and lets H2 compact its file later
 * ({@link #AUTO_COMPACT_FILL_RATE}).
 * A data file written by the stock backend (or by an earlier version of this one) is brought to this format once
 * when it is first opened: index maps rebuilt in the new order, data maps re-encoded. The file records what it
 * already has in the map {@value #FORMAT_MAP}.
 */
final class EmbeddedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedH2Backend.class);
    private static final String ID = "_id";
    static final String FORMAT_MAP = "hromada.format";
    /** Index maps ordered by value ({@code value-1}), and since {@code value-2} also with compact keys. */
    static final String INDEX_ORDER = "indexOrder";
    static final String BY_VALUE = "value-2";
    static final String DOCUMENT_ENCODING = "documentEncoding";
    static final String BSON = "bson-1";
    private static final String INDEX_MAP_INFIX = "._index_";
    /** mongo-java-server's name of a collection's map of documents (its size, in a "meta." map, is not kept). */
    private static final String DATA_MAP_PREFIX = "databases.";
    /** A map being rewritten in the new format, under its final name once complete. */
    private static final String REWRITING_SUFFIX = ".rewriting";
    private static final KeyValueOrder KEY_ORDER = new KeyValueOrder();
    /**
     * How full H2 keeps its file, in percent (its default is 90; under writes it aims at the square, 81 %). At 90 the
     * background writer kept copying live pages out of chunks that updates had thinned — a tenth of the server's
     * time in a rebuild of a million events, plus reading those pages back. At 60 it aims at 36 % under writes and 60 %
     * when idle: the file may grow to about twice its live data before it is compacted.
     */
    static final int AUTO_COMPACT_FILL_RATE = 60;

    EmbeddedH2Backend(String fileName) {
        super(inCurrentFormat(new MVStore.Builder().fileName(fileName).cacheSize(pageCacheMegabytes())
                .autoCompactFillRate(AUTO_COMPACT_FILL_RATE).open()));
    }

    /**
     * An eighth of the heap for H2's cache of read pages (its default is 16 MB): a page found there is not read from
     * the file and deserialized again, which at a million events was a third of the server's time. H2 counts a page's
     * documents by their encoded size, which is a fraction of what they take on the heap, hence not more.
     */
    static int pageCacheMegabytes() {
        long eighthOfHeap = Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024);
        return (int) Math.max(16, Math.min(4096, eighthOfHeap));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KEY_ORDER);
    }

    static MVMap.Builder<Object, byte[]> documentMap() {
        return new MVMap.Builder<Object, byte[]>().valueType(new StoredDocumentType());
    }

    /** A value of a data map in an older format as this one stores it: documents encoded, anything else as it is. */
    static Object storedDocument(Object value) {
        return value instanceof Document document ? StoredDocumentType.encode(document) : value;
    }

    /** Brings a file written in an older format to this one: index maps in value order, documents in BSON. */
    static MVStore inCurrentFormat(MVStore store) {
        // a copy that a crash interrupted is made again from its original
        mapsNamed(store, name -> name.endsWith(REWRITING_SUFFIX)).forEach(store::removeMap);
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        convertOnce(store, format, INDEX_ORDER, BY_VALUE, name -> name.contains(INDEX_MAP_INFIX), indexMap(),
                UnaryOperator.identity(), "rebuilt {} index maps of {} in value order with compact keys");
        convertOnce(store, format, DOCUMENT_ENCODING, BSON, name -> name.startsWith(DATA_MAP_PREFIX), documentMap(),
                EmbeddedH2Backend::storedDocument, "re-encoded the documents of {} collections of {} as BSON");
        return store;
    }

    /**
     * Rewrites the maps of one kind in the new format, unless the file says it already has it. Each map is marked as
     * converted in the commit that puts its copy in place, so a conversion a crash interrupted goes on with the maps
     * not yet converted and never reads a converted one in the old format.
     */
    private static void convertOnce(MVStore store, MVMap<String, String> format, String aspect, String current,
                                    Predicate<String> kind, MVMap.Builder<?, ?> newFormat,
                                    UnaryOperator<Object> newValue, String done) {
        if (current.equals(format.get(aspect))) {
            return;
        }
        Predicate<String> notConverted = name -> !current.equals(format.get(convertedMarker(aspect, name)));
        List<String> maps = mapsNamed(store, kind.and(notConverted));
        maps.forEach(name -> rewrite(store, name, newFormat, newValue,
                () -> format.put(convertedMarker(aspect, name), current)));
        format.put(aspect, current);
        String markers = convertedMarker(aspect, "");
        List.copyOf(format.keySet()).stream().filter(key -> key.startsWith(markers)).forEach(format::remove);
        store.commit();
        if (!maps.isEmpty()) {
            log.info(done, maps.size(), store.getFileStore().getFileName());
        }
    }

    /** The key in {@value #FORMAT_MAP} saying that one map already has the new format of {@code aspect}. */
    static String convertedMarker(String aspect, String mapName) {
        return aspect + "@" + mapName;
    }

    private static List<String> mapsNamed(MVStore store, Predicate<String> kind) {
        return store.getMapNames().stream().filter(kind).toList();
    }

    /**
     * Copies a map into one of the new format, each value as {@code newValue} makes it, and puts the copy in its
     * place. The copy is committed before the swap, and the swap is committed at once together with
     * {@code markConverted}, so a crash leaves either the original (copied again on the next start) or the complete
     * copy, marked.
     */
    @SuppressWarnings("unchecked")
    static <K, V> void rewrite(MVStore store, String name, MVMap.Builder<K, V> newFormat,
                               UnaryOperator<Object> newValue, Runnable markConverted) {
        MVMap<K, Object> original = store.openMap(name);
        MVMap<K, V> copy = store.openMap(name + REWRITING_SUFFIX, newFormat);
        for (Map.Entry<K, Object> entry : original.entrySet()) {
            copy.put(entry.getKey(), (V) newValue.apply(entry.getValue()));
        }
        store.commit();
        int autoCommitDelay = store.getAutoCommitDelay();
        store.setAutoCommitDelay(0);
        try {
            store.removeMap(original);
            store.renameMap(copy, name);
            markConverted.run();
            store.commit();
        } finally {
            store.setAutoCommitDelay(autoCommitDelay);
        }
    }

    /**
     * The stock database with value-ordered unique indexes and documents in BSON. An inner class, so that the
     * methods the stock constructor already calls can reach the store through the enclosing backend.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, EmbeddedH2Backend.this.getMvStore(), EmbeddedH2Backend.this.getCursorRegistry());
        }

        CursorRegistry cursorRegistry() {
            return cursorRegistry;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the stock backend's map name, so that its dropIndex and drop remove this map
            String mapName = getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName;
            MVMap<KeyValue, Object> map = EmbeddedH2Backend.this.getMvStore().openMap(mapName, indexMap());
            return new UniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = EmbeddedH2Backend.this.getMvStore();
            return new StoredCollection(this, collectionName, options,
                    store.openMap(DATA_MAP_PREFIX + fullName, documentMap()));
        }
    }

    /**
     * The stock H2 collection with its documents stored as bytes ({@link StoredDocumentType}), decoded when read, and
     * a query for a list of ids matched by looking each document's id up in a set: the stock matcher walks the whole
     * list for each document, so one query's cost grew with the square of its length (a tenth of the server's time in
     * a rebuild, which reads events and records by lists of ids).
     */
    private final class StoredCollection extends AbstractSynchronizedMongoCollection<Object> {

        private final MVMap<Object, byte[]> documents;
        private volatile IdList lastIdList = IdList.NONE;

        StoredCollection(Database database, String collectionName, CollectionOptions options,
                         MVMap<Object, byte[]> documents) {
            super(database, collectionName, options, database.cursorRegistry());
            this.documents = documents;
        }

        @Override
        protected Object addDocumentInternal(Document document) {
            Object id = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
            Object position = Missing.ofNullable(id);
            byte[] previous = documents.putIfAbsent(position, StoredDocumentType.encode(document));
            if (previous != null) {
                throw new IllegalStateException("A document with key '" + id + "' already exists in " + this);
            }
            return id;
        }

        @Override
        protected Document getDocument(Object position) {
            byte[] stored = documents.get(position);
            return stored == null ? null : StoredDocumentType.decode(stored);
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            documents.put(Missing.ofNullable(position), StoredDocumentType.encode(newDocument));
        }

        @Override
        protected void removeDocument(Object position) {
            if (documents.remove(position) == null) {
                throw new NoSuchElementException("No document with key " + position);
            }
        }

        @Override
        public int count() {
            return documents.size();
        }

        @Override
        public boolean isEmpty() {
            return documents.isEmpty();
        }

        @Override
        protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
            return documents.entrySet().stream()
                    .map(entry -> new DocumentWithPosition<>(StoredDocumentType.decode(entry.getValue()), entry.getKey()));
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            if (batchSize > 0 && numberToSkip == 0 && limit == 0 && (fieldSelector == null || fieldSelector.isEmpty())
                    && inKeyOrder(orderBy)) {
                // a matcher of its own: the collection's remembers a match's array position for the update it
                // serves, and later batches are read outside the collection's lock
                QueryMatcher matcher = new DefaultQueryMatcher();
                KeyOrderCursor cursor = new KeyOrderCursor(cursorRegistry.generateCursorId(), documents,
                        document -> matcher.matches(document, query), batchSize);
                List<Document> firstBatch = cursor.takeDocuments(batchSize);
                if (cursor.isEmpty()) {
                    return new QueryResult(firstBatch);
                }
                cursorRegistry.add(cursor);
                return new QueryResult(firstBatch, cursor);
            }
            Stream<Document> all;
            if (isNaturalDescending(orderBy)) {
                all = streamAllDocumentsWithPosition()
                        .sorted((one, other) -> ValueComparator.desc().compare(one.getPosition(), other.getPosition()))
                        .map(DocumentWithPosition::getDocument);
            } else {
                all = documents.values().stream().map(StoredDocumentType::decode);
            }
            return matchDocumentsFromStream(all, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * Whether documents in the map's key order are in {@code orderBy}'s order: when no order is asked for, or
         * ascending ids that are all integers of one type (H2 orders keys by type first, MongoDB compares numbers of
         * any type by value, and strings by their UTF-8 bytes where Java compares UTF-16).
         */
        private boolean inKeyOrder(Document orderBy) {
            if (orderBy == null || orderBy.isEmpty()) {
                return true;
            }
            if (orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number direction) || direction.doubleValue() != 1) {
                return false;
            }
            Object first = documents.firstKey();
            Object last = documents.lastKey();
            return first != null && last != null && first.getClass() == last.getClass()
                    && (first instanceof Long || first instanceof Integer);
        }

        /**
         * A collection's size is summed when it is asked for ({@code collStats}, {@code dbStats}, {@code validate}):
         * keeping it current cost every update two encodings of the whole document (before and after) and every
         * insert and delete one, a tenth of the server's time in a rebuild of the fact ledger.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected void updateDataSize(int sizeDelta) {
        }

        @Override
        protected int getDataSize() {
            long bytes = 0;
            for (byte[] stored : documents.values()) {
                // less the marker byte: the BSON document as the wire carries it
                bytes += stored.length - 1;
            }
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }

        /**
         * A query that names an index's fields by plain equality besides other conditions, e.g. {@code {$and: [{_id:
         * x}, {owner: y}]}} as the driver's {@code Filters.and} sends it, reads the documents the index finds and
         * checks the whole query on them; the stock backend uses an index only for a query of exactly its fields and
         * otherwise reads every document.
         */
        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            // the stock method's two cases, without asking every index a second time whether it handles the query
            List<Index<Object>> indexes = getIndexes();
            for (Index<Object> index : indexes) {
                if (index.canHandle(query)) {
                    return matchDocuments(query, index.getPositions(query), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
            for (Index<Object> index : indexes) {
                Document equalities = IndexEqualities.of(index.getKeys(), query);
                if (equalities != null && index.canHandle(equalities)) {
                    return matchDocuments(query, index.getPositions(equalities), orderBy, numberToSkip, limit,
                            batchSize, fieldSelector);
                }
            }
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            IdList idList = lastIdList;
            if (idList.query() != query) {
                idList = IdList.of(query);
                lastIdList = idList;
            }
            if (idList.ids() != null) {
                Object id = document.get(ID);
                if (id != null && id.getClass() == idList.type()) {
                    return idList.ids().contains(id);
                }
            }
            return super.documentMatchesQuery(document, query);
        }
    }

    /**
     * The ids of a query {@code {_id: {$in: [...]}}} as a set, when it is long and its ids are all strings or all
     * integers of one type: for those, and documents whose id has the same type, set membership is exactly the
     * server's equality. Any other query has no set.
     */
    record IdList(Document query, Set<Object> ids, Class<?> type) {

        static final IdList NONE = new IdList(null, null, null);
        private static final int SHORTEST = 16;

        static IdList of(Document query) {
            if (query.size() == 1 && query.get(ID) instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof java.util.Collection<?> ids && ids.size() >= SHORTEST) {
                Object first = ids.iterator().next();
                Class<?> type = first == null ? null : first.getClass();
                if ((type == String.class || type == Long.class || type == Integer.class)
                        && ids.stream().allMatch(id -> id != null && id.getClass() == type)) {
                    return new IdList(query, new HashSet<>(ids), type);
                }
            }
            return new IdList(query, null, null);
        }
    }

    /** The stock H2 unique index (whose constructor is not public) over a map in value order. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        /**
         * Both callers (a document's insert, an index's build) asked {@link #checkAdd} for the document before; the
         * stock method asks again, one more search of the index per key and insert. A key taken meanwhile still
         * fails as a duplicate.
         */
        @Override
        public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
            if (isSparse()) {
                super.add(document, position, collection);
                return;
            }
            for (KeyValue keyValue : getKeyValues(document)) {
                if (!putKeyPosition(keyValue, position)) {
                    throw new DuplicateKeyError(this, collection, getKeys(), keyValue);
                }
            }
        }

        /**
         * A query for a list of ids of one kind, strings or whole numbers ({@code {_id: {$in: [...]}}}, how the event
         * store reads commits and the ledger reads records and months), looked up id by id in their natural order:
         * the stock method first puts the list in a {@code TreeSet} ordered by mongo-java-server's comparator of any
         * two values, a twentieth of the server's time in a rebuild. Numbers are normalized as the index stores
         * them (the stock {@code Utils.normalizeValue}: to a double unless a long has no exact double), so 7, 7L and
         * 7.0 still find the same document. Any other query goes the stock way.
         */
        @Override
        public synchronized Iterable<Object> getPositions(Document query) {
            Object[] ids = idList(query);
            if (ids == null) {
                return super.getPositions(query);
            }
            Arrays.sort(ids);
            List<Object> positions = new ArrayList<>(ids.length);
            Object previous = null;
            for (Object id : ids) {
                if (!id.equals(previous)) {
                    Object position = map.get(new KeyValue(id));
                    if (position != null) {
                        positions.add(position);
                    }
                }
                previous = id;
            }
            return positions;
        }

        /** The ids of {@code {<key>: {$in: [...]}}} as stored in this index, if all are strings or all numbers. */
        private Object[] idList(Document query) {
            if (getKeys().size() != 1 || query.size() != 1
                    || !(query.get(getKeys().get(0).getKey()) instanceof Document condition) || condition.size() != 1
                    || !(condition.get("$in") instanceof Collection<?> values) || values.isEmpty()) {
                return null;
            }
            Object[] ids = new Object[values.size()];
            int count = 0;
            for (Object value : values) {
                Object id = indexed(value);
                if (id == null || count > 0 && id.getClass() != ids[0].getClass()) {
                    return null;
                }
                ids[count++] = id;
            }
            return ids;
        }

        /** A string or whole number as this index stores it, or null for any other value. */
        private static Object indexed(Object value) {
            if (value instanceof String) {
                return value;
            }
            if (value instanceof Integer number) {
                return number.doubleValue();
            }
            if (value instanceof Long number) {
                double asDouble = number.doubleValue();
                return number == (long) asDouble ? (Object) asDouble : number;
            }
            return null;
        }

        @Override
        protected Object removeDocument(KeyValue keyValue) {
            return map.remove(keyValue);
        }

        @Override
        protected boolean putKeyPosition(KeyValue keyValue, Object position) {
            return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue keyValue) {
            return map.get(keyValue);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
