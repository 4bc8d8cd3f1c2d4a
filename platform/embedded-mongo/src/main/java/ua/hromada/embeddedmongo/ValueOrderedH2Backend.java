package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's H2 backend whose unique indexes compare keys by value.
 *
 * <p>The stock backend keeps each unique index in an MVMap keyed by mongo-java-server's {@link KeyValue} under H2's
 * {@link ObjectDataType}, which knows no {@code KeyValue} and so compares two keys by serializing both with
 * {@code ObjectOutputStream}: about twenty serializations per lookup, and a lookup behind every insert, update and
 * find by id. Profiles of the reporting and import benchmarks put half of the server's time there. Here keys of
 * strings, numbers, booleans and nulls (every key this project's collections have) compare by value; any other key
 * still compares as H2 does. Keys are stored exactly as before, only their order differs, so a data file written by
 * the stock backend has its index maps rebuilt in the new order once when it is first opened (marked in the map
 * {@value #FORMAT_MAP}).
 */
final class ValueOrderedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ValueOrderedH2Backend.class);
    static final String FORMAT_MAP = "hromada.format";
    private static final String INDEX_ORDER = "indexOrder";
    private static final String BY_VALUE = "value-1";
    private static final String INDEX_MAP_INFIX = "._index_";
    private static final KeyValueOrder KEY_ORDER = new KeyValueOrder();

    ValueOrderedH2Backend(String fileName) {
        super(withIndexesOrderedByValue(new MVStore.Builder().fileName(fileName).cacheSize(pageCacheMegabytes()).open()));
    }

    /**
     * An eighth of the heap for H2's cache of read pages (its default is 16 MB): a page found there is not read from
     * the file and deserialized again, which at a million events was a third of the server's time. H2 counts a page's
     * documents by their serialized size, which is a fraction of what they take on the heap, hence not more.
     */
    static int pageCacheMegabytes() {
        long eighthOfHeap = Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024);
        return (int) Math.max(16, Math.min(4096, eighthOfHeap));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    private static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KEY_ORDER);
    }

    /** Rebuilds the index maps of a file written with the stock order; marks the file as ordered by value. */
    static MVStore withIndexesOrderedByValue(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (BY_VALUE.equals(format.get(INDEX_ORDER))) {
            return store;
        }
        List<String> indexes = store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP_INFIX)).toList();
        for (String name : indexes) {
            MVMap<Object, Object> stockOrder = store.openMap(name);
            MVMap<KeyValue, Object> rebuilt = store.openMap(name + ".reordering", indexMap());
            rebuilt.clear();
            for (Map.Entry<Object, Object> entry : stockOrder.entrySet()) {
                rebuilt.put((KeyValue) entry.getKey(), entry.getValue());
            }
            store.removeMap(stockOrder);
            store.renameMap(rebuilt, name);
        }
        format.put(INDEX_ORDER, BY_VALUE);
        store.commit();
        if (!indexes.isEmpty()) {
            log.info("rebuilt {} index maps of {} in value order", indexes.size(), store.getFileStore().getFileName());
        }
        return store;
    }

    /**
     * The stock database with value-ordered unique indexes. An inner class, so that {@link #openOrCreateUniqueIndex},
     * which the stock constructor already calls, can reach the store through the enclosing backend.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, ValueOrderedH2Backend.this.getMvStore(), ValueOrderedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the stock backend's map name, so that its dropIndex and drop remove this map
            String mapName = getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName;
            MVMap<KeyValue, Object> map = ValueOrderedH2Backend.this.getMvStore().openMap(mapName, indexMap());
            return new UniqueIndex(map, indexName, keys, sparse);
        }
    }

    /** The stock H2 unique index (whose constructor is not public) over a map in value order. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
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
