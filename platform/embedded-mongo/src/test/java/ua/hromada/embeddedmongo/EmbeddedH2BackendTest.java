package ua.hromada.embeddedmongo;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedH2BackendTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path tempDir;

    @Test
    void aFileOfTheStockBackendIsReorderedAndReencodedAndEveryDocumentIsFoundAsWrittenAndStaysUnique() {
        Path dataFile = tempDir.resolve("stock.mv");
        writtenByTheStockBackend(dataFile);

        assertEveryKeyFoundAndUniqueWhenServedFrom(dataFile);
    }

    @Test
    void aConversionACrashInterruptedGoesOnWithTheMapsItHadNotConvertedYet() {
        Path dataFile = tempDir.resolve("interrupted.mv");
        writtenByTheStockBackend(dataFile);
        // as a crash leaves it: one collection's documents re-encoded and marked, the file not yet marked as BSON
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).open();
        String converted = store.getMapNames().stream().filter(name -> name.startsWith("databases."))
                .sorted().findFirst().orElseThrow();
        MVMap<String, String> format = store.openMap(EmbeddedH2Backend.FORMAT_MAP);
        EmbeddedH2Backend.rewrite(store, converted, EmbeddedH2Backend.documentMap(),
                EmbeddedH2Backend::storedDocument, () -> format.put(
                EmbeddedH2Backend.convertedMarker(EmbeddedH2Backend.DOCUMENT_ENCODING, converted),
                EmbeddedH2Backend.BSON));
        store.close();

        assertEveryKeyFoundAndUniqueWhenServedFrom(dataFile);
    }

    @Test
    void aFileWithIndexKeysJavaSerializedInValueOrderGetsCompactKeys() {
        Path dataFile = tempDir.resolve("value-1.mv");
        writtenByTheStockBackend(dataFile);
        // as the version before compact keys left a file: documents in BSON, index keys as H2 serializes them
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).open();
        MVMap<String, String> format = store.openMap(EmbeddedH2Backend.FORMAT_MAP);
        store.getMapNames().stream().filter(name -> name.startsWith("databases.")).toList().forEach(name ->
                EmbeddedH2Backend.rewrite(store, name, EmbeddedH2Backend.documentMap(),
                        EmbeddedH2Backend::storedDocument, () -> { }));
        format.put(EmbeddedH2Backend.DOCUMENT_ENCODING, EmbeddedH2Backend.BSON);
        format.put(EmbeddedH2Backend.INDEX_ORDER, "value-1");
        store.close();

        assertEveryKeyFoundAndUniqueWhenServedFrom(dataFile);
        MVStore converted = new MVStore.Builder().fileName(dataFile.toString()).open();
        assertThat(converted.<String, String>openMap(EmbeddedH2Backend.FORMAT_MAP).get(EmbeddedH2Backend.INDEX_ORDER))
                .isEqualTo(EmbeddedH2Backend.BY_VALUE);
        converted.close();
    }

    @Test
    void indexKeysReadBackEqualToWhatWasWritten() {
        KeyValueOrder type = new KeyValueOrder();
        List<KeyValue> keys = List.of(new KeyValue("lysychansk:record-1"), new KeyValue("Лисичанськ", 3L),
                new KeyValue(""), new KeyValue(Long.MIN_VALUE), new KeyValue(-7), new KeyValue(Integer.MAX_VALUE),
                new KeyValue(-0.5), new KeyValue(true, false), new KeyValue((Object) null), new KeyValue("a", null),
                new KeyValue(new ObjectId()), new KeyValue("a", new de.bwaldvogel.mongo.bson.Document("x", 1)));
        for (KeyValue key : keys) {
            org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
            type.write(buffer, key);
            java.nio.ByteBuffer written = buffer.getBuffer().flip();
            assertThat(type.read(written)).as(key.toString()).isEqualTo(key);
            assertThat(written.hasRemaining()).isFalse();
        }
    }

    @Test
    void aLongListOfIdsFindsTheDocumentsWhoseIdsAreEqualInTheServersSenseWhateverTheirNumberType() {
        onAServerOfItsOwn("ids.mv", database -> {
            MongoCollection<Document> numbered = database.getCollection("numbered");
            numbered.insertMany(IntStream.range(0, 30).mapToObj(i -> new Document("_id", i)).toList());
            numbered.insertMany(IntStream.range(30, 60).mapToObj(i -> new Document("_id", (long) i)).toList());

            List<Long> longs = IntStream.range(10, 40).mapToObj(i -> (long) i).toList();
            List<Integer> ints = IntStream.range(20, 50).boxed().toList();
            List<String> texts = IntStream.range(0, 60).mapToObj(String::valueOf).toList();

            assertThat(numbered.find(Filters.in("_id", longs)).into(new ArrayList<>())).hasSize(30);
            assertThat(numbered.find(Filters.in("_id", ints)).into(new ArrayList<>())).hasSize(30);
            assertThat(numbered.find(Filters.in("_id", texts)).into(new ArrayList<>())).isEmpty();
            assertThat(numbered.find(Filters.and(Filters.in("_id", longs), Filters.gte("_id", 35)))
                    .into(new ArrayList<>())).hasSize(5);
        });
    }

    @Test
    void aListOfIdsFindsEachDocumentOnceInIdOrderWhateverTheListsOrderDuplicatesAndNumberTypes() {
        onAServerOfItsOwn("id-list.mv", database -> {
            MongoCollection<Document> records = database.getCollection("records");
            records.insertMany(Stream.of("b", "d", "a", "c").map(id -> new Document("_id", id)).toList());
            MongoCollection<Document> numbered = database.getCollection("numbered");
            numbered.insertMany(LongStream.range(0, 5).mapToObj(i -> new Document("_id", i)).toList());

            assertThat(ids(records, Filters.in("_id", List.of("d", "x", "b", "d", "a")))).containsExactly("a", "b", "d");
            assertThat(ids(numbered, Filters.in("_id", List.<Object>of(4, 1L, 4L, 9, 1)))).containsExactly(1L, 4L);
            // lists of other kinds (mixed, fractional) are answered as the stock server does
            assertThat(ids(numbered, Filters.in("_id", List.<Object>of("1", 2L)))).containsExactly(2L);
            assertThat(ids(numbered, Filters.in("_id", List.<Object>of(3.0, 2L)))).containsExactly(2L, 3L);
            assertThat(ids(records, Filters.in("_id", List.of()))).isEmpty();
        });
    }

    @Test
    void aQueryNamingAnIndexedFieldBesidesOtherConditionsFindsWhatTheWholeQueryMatches() {
        onAServerOfItsOwn("partial.mv", database -> {
            MongoCollection<Document> tokens = database.getCollection("tokens");
            tokens.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            tokens.insertMany(IntStream.range(0, 40).mapToObj(i -> new Document("_id", i).append("code", "c" + i)
                    .append("v", i % 3).append("owner", i % 2 == 0 ? "node-a" : null)).toList());

            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 7), Filters.eq("v", 1)))).containsExactly(7);
            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 7), Filters.eq("v", 2)))).isEmpty();
            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 7L), Filters.eq("v", 1L)))).containsExactly(7);
            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 8), Filters.or(Filters.eq("owner", "node-b"),
                    Filters.eq("owner", null))))).isEmpty();
            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 9), Filters.or(Filters.eq("owner", "node-b"),
                    Filters.eq("owner", null))))).containsExactly(9);
            assertThat(ids(tokens, Filters.and(Filters.eq("code", "c12"), Filters.eq("owner", "node-a"))))
                    .containsExactly(12);
            assertThat(ids(tokens, Filters.and(Filters.eq("_id", 99), Filters.eq("v", 0)))).isEmpty();
            assertThat(ids(tokens, Filters.and(Filters.gte("_id", 30), Filters.eq("v", 0))))
                    .containsExactlyInAnyOrder(30, 33, 36, 39);

            assertThat(tokens.updateOne(Filters.and(Filters.eq("_id", 5), Filters.eq("v", 1)),
                    new Document("$set", new Document("v", 9))).getMatchedCount()).isZero();
            assertThat(tokens.updateOne(Filters.and(Filters.eq("_id", 5), Filters.eq("v", 2)),
                    new Document("$set", new Document("v", 9))).getMatchedCount()).isOne();
            assertThat(ids(tokens, Filters.eq("v", 9))).containsExactly(5);
            assertThat(tokens.deleteOne(Filters.and(Filters.eq("_id", 5), Filters.eq("v", 2))).getDeletedCount())
                    .isZero();
        });
    }

    @Test
    void aCollectionsSizeIsTheSizeOfItsDocumentsAsStoredNowAfterInsertsUpdatesAndDeletes() {
        onAServerOfItsOwn("sizes.mv", database -> {
            MongoCollection<Document> records = database.getCollection("records");
            records.insertMany(IntStream.range(0, 50).mapToObj(i -> new Document("_id", "r-" + i)
                    .append("text", "Запис " + "x".repeat(i)).append("n", i)).toList());
            records.replaceOne(Filters.eq("_id", "r-3"), new Document("_id", "r-3").append("text", "y".repeat(500)));
            records.updateOne(Filters.eq("_id", "r-4"), new Document("$set", new Document("extra", List.of(1, 2, 3))));
            records.deleteOne(Filters.eq("_id", "r-5"));

            long expected = 0;
            for (RawBsonDocument stored : database.getCollection("records", RawBsonDocument.class).find()) {
                expected += stored.getByteBuffer().remaining();
            }
            Document stats = database.runCommand(new Document("collStats", "records"));
            assertThat(stats.get("count", Number.class).longValue()).isEqualTo(49);
            assertThat(stats.get("size", Number.class).longValue()).isEqualTo(expected);
        });
    }

    @Test
    void aUniqueIndexIsNotBuiltOverDuplicatesAndATakenKeyFailsAnInsertWithoutChangingAnything() {
        onAServerOfItsOwn("unique.mv", database -> {
            MongoCollection<Document> things = database.getCollection("things");
            things.insertMany(List.of(new Document("_id", 1).append("code", "a"),
                    new Document("_id", 2).append("code", "a"), new Document("_id", 3).append("code", "b")));

            assertThatThrownBy(() -> things.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true)))
                    .isInstanceOf(MongoException.class).hasMessageContaining("duplicate key");
            assertThat(things.listIndexes().into(new ArrayList<>())).hasSize(1);

            things.createIndex(Indexes.ascending("code", "_id"), new IndexOptions().unique(true));
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 3).append("code", "c")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(things.countDocuments()).isEqualTo(3);
            assertThat(things.find(Filters.eq("code", "c")).first()).isNull();
            things.insertOne(new Document("_id", 4).append("code", "b"));
            assertThat(ids(things, Filters.eq("code", "b"))).containsExactlyInAnyOrder(3, 4);
        });
    }

    @Test
    void aReadSortedByIdsOfOneIntegerTypeComesBatchByBatchInIdOrderAndSeesTheWritesAheadOfIt() {
        onAServerOfItsOwn("sorted.mv", database -> {
            MongoCollection<Document> commits = database.getCollection("commits");
            List<Long> shuffled = new ArrayList<>(LongStream.range(0, 2_500).boxed().toList());
            Collections.shuffle(shuffled, new Random(7));
            commits.insertMany(shuffled.stream().map(id -> new Document("_id", id).append("even", id % 2 == 0))
                    .toList());

            List<Object> read = new ArrayList<>();
            try (var cursor = commits.find().sort(Indexes.ascending("_id")).batchSize(100).iterator()) {
                while (cursor.hasNext()) {
                    read.add(cursor.next().get("_id"));
                    if (read.size() == 150) {
                        // behind the cursor: not seen; ahead of it: seen as the map holds them when it gets there
                        commits.insertOne(new Document("_id", -1L));
                        commits.deleteOne(Filters.eq("_id", 2_000L));
                        commits.insertOne(new Document("_id", 10_000L));
                        commits.replaceOne(Filters.eq("_id", 2_001L), new Document("_id", 2_001L).append("v", 2));
                    }
                }
            }
            List<Object> expected = new ArrayList<>(LongStream.range(0, 2_500).boxed().toList());
            expected.remove(2_000L);
            expected.add(10_000L);
            assertThat(read).isEqualTo(expected);
            assertThat(commits.find(Filters.eq("_id", 2_001L)).first()).containsEntry("v", 2);

            List<Object> evens = new ArrayList<>();
            commits.find(Filters.eq("even", true)).sort(Indexes.ascending("_id")).batchSize(7)
                    .forEach(document -> evens.add(document.get("_id")));
            assertThat(evens).isEqualTo(LongStream.range(0, 2_500).filter(id -> id % 2 == 0 && id != 2_000).boxed()
                    .toList());
            List<Object> descending = new ArrayList<>(expected);
            Collections.reverse(descending);
            descending.add(-1L);
            assertThat(ids(commits.find().sort(Indexes.descending("_id")).batchSize(100))).isEqualTo(descending);
        });
    }

    @Test
    void aReadSortedByIdsOfMixedTypesIsInTheServersOrderOfValues() {
        onAServerOfItsOwn("mixed.mv", database -> {
            MongoCollection<Document> things = database.getCollection("things");
            things.insertMany(List.of(new Document("_id", 3), new Document("_id", 2L), new Document("_id", 1.5),
                    new Document("_id", 4L), new Document("_id", 0)));

            assertThat(ids(things.find().sort(Indexes.ascending("_id")).batchSize(2)))
                    .containsExactly(0, 1.5, 2L, 3, 4L);
        });
    }

    private void onAServerOfItsOwn(String dataFile, Consumer<MongoDatabase> test) {
        try (EmbeddedMongoServerApplication app = EmbeddedMongoServerApplication.start(
                new EmbeddedMongoSettings("127.0.0.1", 0, tempDir.resolve(dataFile)));
             MongoClient client = MongoClients.create(app.connectionString())) {
            test.accept(client.getDatabase("hromada"));
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
        return ids(collection.find(filter));
    }

    private static List<Object> ids(FindIterable<Document> found) {
        return found.map(document -> document.get("_id")).into(new ArrayList<>());
    }

    @Test
    void aCachedIndexPageIsWeighedByItsKeysNotByAnAverageTheyNeverUpdate() {
        KeyValueOrder type = new KeyValueOrder();

        assertThat(type.getMemory(new KeyValue("lysychansk:record-12345"))).isBetween(50, 200);
        assertThat(type.getMemory(new KeyValue("ledger-2", 1_000_000L))).isBetween(50, 200);
    }

    @Test
    void aNewFileKeepsEveryDocumentFindableAsWrittenAndUniqueAcrossARestart() {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", 0, tempDir.resolve("new.mv"));
        try (EmbeddedMongoServerApplication app = EmbeddedMongoServerApplication.start(settings);
             MongoClient client = MongoClients.create(app.connectionString())) {
            fill(client);
            assertEveryKeyFoundAndUnique(client);
        }
        try (EmbeddedMongoServerApplication app = EmbeddedMongoServerApplication.start(settings);
             MongoClient client = MongoClients.create(app.connectionString())) {
            assertEveryKeyFoundAndUnique(client);
        }
    }

    @Test
    void keysOfSimpleValuesAreEqualExactlyWhenTheyAreEqualsAndOthersStillCompare() {
        KeyValueOrder order = new KeyValueOrder();
        List<KeyValue> keys = List.of(new KeyValue("b"), new KeyValue("a"), new KeyValue("ab"), new KeyValue(1.0),
                new KeyValue(1L), new KeyValue(1), new KeyValue((Object) null), new KeyValue(true),
                new KeyValue("a", 2.0), new KeyValue("a", "2"), new KeyValue(new ObjectId()),
                new KeyValue(new de.bwaldvogel.mongo.bson.Document("x", 1)));
        for (KeyValue left : keys) {
            for (KeyValue right : keys) {
                assertThat(order.compare(left, right) == 0).as(left + " vs " + right).isEqualTo(left.equals(right));
                assertThat(Integer.signum(order.compare(left, right)))
                        .isEqualTo(-Integer.signum(order.compare(right, left)));
            }
        }
        List<KeyValue> sorted = new ArrayList<>(keys);
        sorted.sort(order::compare);
        assertThat(sorted.subList(0, 3)).containsExactly(new KeyValue((Object) null), new KeyValue(true),
                new KeyValue(1));
        assertThat(sorted.subList(sorted.size() - 2, sorted.size())).allMatch(key -> !(key.get(0) instanceof String));
    }

    @Test
    void aKeyOfOneValueTakesThePlaceItsValueTakesInLongerKeys() {
        // index maps already stored are in this order: the shortcut for one-value keys must not change it
        KeyValueOrder order = new KeyValueOrder();
        ObjectId objectId = new ObjectId();
        List<Object> values = Arrays.asList("b", "a", "", "Лисичанськ", 1.0, -1.0, 1L, 3L, Long.MIN_VALUE, 1, 2, null,
                true, false, objectId);
        for (Object left : values) {
            for (Object right : values) {
                if (left == objectId && right == objectId) {
                    continue;
                }
                assertThat(Integer.signum(order.compare(new KeyValue(left), new KeyValue(right))))
                        .as(left + " vs " + right)
                        .isEqualTo(Integer.signum(order.compare(new KeyValue(left, 0), new KeyValue(right, 0))));
            }
        }
    }

    /** A data file as mongo-java-server's own H2 backend writes it: stock index order, Java-serialized documents. */
    private static void writtenByTheStockBackend(Path dataFile) {
        MongoServer stockServer = new MongoServer(new H2Backend(dataFile.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + address(stockServer.bind()))) {
            fill(client);
        } finally {
            stockServer.shutdown();
        }
    }

    /** Documents with string ids, a unique compound index of a string and a number, and documents with ObjectIds. */
    private static void fill(MongoClient client) {
        MongoCollection<Document> records = records(client);
        records.createIndex(Indexes.ascending("stream", "seq"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(new Document("_id", "lysychansk:record-" + i).append("stream", "s" + (i % 7))
                    .append("seq", i).append("facts", new Binary(new byte[] {(byte) i, 2, 3}))
                    .append("recordedAt", new Date(1_640_995_199_000L + i))
                    .append("detail", new Document("title", "Громадська організація №" + i)
                            .append("members", List.of(i, (long) i * 1_000_000_000L, i / 3.0))));
        }
        records.insertMany(documents);
        client.getDatabase("hromada").getCollection("plain").insertMany(IntStream.range(0, 100)
                .mapToObj(i -> new Document("n", i)).toList());
    }

    private static void assertEveryKeyFoundAndUniqueWhenServedFrom(Path dataFile) {
        try (EmbeddedMongoServerApplication app = EmbeddedMongoServerApplication.start(
                new EmbeddedMongoSettings("127.0.0.1", 0, dataFile));
             MongoClient client = MongoClients.create(app.connectionString())) {
            assertEveryKeyFoundAndUnique(client);
        }
    }

    private static void assertEveryKeyFoundAndUnique(MongoClient client) {
        MongoCollection<Document> records = records(client);
        for (int i = 0; i < DOCUMENTS; i += 7) {
            assertThat(records.find(Filters.eq("_id", "lysychansk:record-" + i)).first()).isNotNull();
        }
        List<String> ids = IntStream.range(0, DOCUMENTS).mapToObj(i -> "lysychansk:record-" + i).toList();
        assertThat(records.find(Filters.in("_id", ids)).into(new ArrayList<>())).hasSize(DOCUMENTS);
        assertThat(records.find(Filters.and(Filters.eq("stream", "s3"), Filters.eq("seq", 10))).first())
                .isNotNull();
        Document stored = records.find(Filters.eq("_id", "lysychansk:record-1234")).first();
        assertThat(stored.get("facts", Binary.class).getData()).containsExactly((byte) 1234, 2, 3);
        assertThat(stored.getDate("recordedAt")).isEqualTo(new Date(1_640_995_199_000L + 1234));
        assertThat(stored.get("detail", Document.class))
                .isEqualTo(new Document("title", "Громадська організація №1234")
                        .append("members", List.of(1234, 1_234_000_000_000L, 1234 / 3.0)));
        assertThatThrownBy(() -> records.insertOne(new Document("_id", "lysychansk:record-42")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> records.insertOne(new Document("_id", "other").append("stream", "s0")
                .append("seq", 0))).isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        MongoCollection<Document> plain = client.getDatabase("hromada").getCollection("plain");
        for (Document document : plain.find().into(new ArrayList<>())) {
            assertThat(plain.find(Filters.eq("_id", document.getObjectId("_id"))).first()).isEqualTo(document);
        }
        assertThat(Arrays.asList(records.countDocuments(), plain.countDocuments()))
                .containsExactly((long) DOCUMENTS, 100L);
    }

    private static MongoCollection<Document> records(MongoClient client) {
        return client.getDatabase("hromada").getCollection("records");
    }

    private static String address(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
