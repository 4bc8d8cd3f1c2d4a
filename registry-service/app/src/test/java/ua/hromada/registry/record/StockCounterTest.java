package ua.hromada.registry.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.record.StockCounter.Span;
import ua.hromada.testing.MongoDatabases;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counter on its own: days, years, repeated moves, buckets of the first format and other writers. */
class StockCounterTest {

    private static final String TENANT = "lysychansk";

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoDatabase database;
    private StockCounter counter;

    @BeforeEach
    void setUp() {
        database = mongo.fresh();
        counter = new StockCounter(database, "organisations");
    }

    @Test
    void aRecordCountsFromTheEndOfItsFirstDayUntilTheEndOfItsLastAcrossYears() {
        counter.move(TENANT, "org-1#0", null, new Span("ngo", LocalDate.of(2020, 2, 29), null));
        counter.move(TENANT, "org-1#1", new Span("ngo", LocalDate.of(2020, 2, 29), null),
                new Span("ngo", LocalDate.of(2020, 2, 29), LocalDate.of(2021, 12, 31)));
        counter.move(TENANT, "org-2#0", null, new Span("party", LocalDate.of(2021, 1, 1), null));

        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 2, 28))).isZero();
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 2, 29))).isEqualTo(1);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 12, 30))).isEqualTo(1);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 12, 31))).isZero();
        assertThat(counter.count(TENANT, null, LocalDate.of(2021, 6, 1))).isEqualTo(2);
        assertThat(counter.count("nizhyn", null, LocalDate.of(2021, 6, 1))).isZero();
    }

    @Test
    void aMoveHandledAgainCountsOnce() {
        Span registered = new Span("ngo", LocalDate.of(2021, 3, 1), null);
        counter.move(TENANT, "org-1#0", null, registered);
        counter.move(TENANT, "org-1#0", null, registered);
        new StockCounter(database, "organisations").move(TENANT, "org-1#0", null, registered);

        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 12, 31))).isEqualTo(1);
    }

    @Test
    void aBucketChangedByAnotherWriterFailsTheWriteAndIsReadAgainForTheNext() {
        StockCounter other = new StockCounter(database, "organisations");
        counter.move(TENANT, "org-1#0", null, new Span("ngo", LocalDate.of(2021, 3, 1), null));
        other.move(TENANT, "org-2#0", null, new Span("ngo", LocalDate.of(2021, 3, 2), null));

        Span third = new Span("ngo", LocalDate.of(2021, 3, 3), null);
        assertThatThrownBy(() -> counter.move(TENANT, "org-3#0", null, third))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 12, 31))).as("nothing written").isEqualTo(2);

        counter.move(TENANT, "org-3#0", null, third);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 12, 31))).isEqualTo(3);
    }

    @Test
    void aBucketOfTheFirstFormatIsCountedAndKeepsItsMovesWhenWrittenAgain() throws Exception {
        MongoCollection<Document> buckets = database.getCollection("registry_stock_counts");
        buckets.insertOne(new Document("_id", "organisations|" + TENANT)
                .append("metric", "organisations").append("kinds", List.of("ngo")).append("firstYear", 2020));
        buckets.insertOne(new Document("_id", "organisations|" + TENANT + "|ngo|2020")
                .append("metric", "organisations")
                .append("started", new Document("0229", 2).append("1231", 1))
                .append("stopped", new Document("0301", 1))
                .append("startedTotal", 3).append("stoppedTotal", 1)
                .append("applied", List.of(firstFormatKey("org-1#0"), firstFormatKey("org-2#0"))));

        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 2, 29))).isEqualTo(2);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 3, 1))).isEqualTo(1);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 1, 1))).isEqualTo(2);

        counter.move(TENANT, "org-1#0", null, new Span("ngo", LocalDate.of(2020, 2, 29), null));
        counter.move(TENANT, "org-4#0", null, new Span("ngo", LocalDate.of(2020, 3, 1), null));

        Document rewritten = buckets.find(new Document("_id", "organisations|" + TENANT + "|ngo|2020")).first();
        assertThat(rewritten.get("started")).isInstanceOf(Binary.class);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 2, 29))).as("org-1#0 was taken before")
                .isEqualTo(2);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2020, 3, 1))).isEqualTo(2);
        assertThat(counter.count(TENANT, "ngo", LocalDate.of(2021, 1, 1))).isEqualTo(3);
    }

    @Test
    void aBucketRemembersTheKeysOfItsLatestMovesOnly() {
        Span day = new Span("ngo", LocalDate.of(2021, 3, 1), null);
        for (int record = 0; record <= StockCounter.REMEMBERED_KEYS; record++) {
            counter.move(TENANT, "org-" + record + "#0", null, day);
        }
        StockCounter fresh = new StockCounter(database, "organisations");
        fresh.move(TENANT, "org-" + StockCounter.REMEMBERED_KEYS + "#0", null, day);
        assertThat(fresh.count(TENANT, "ngo", LocalDate.of(2021, 3, 1)))
                .isEqualTo(StockCounter.REMEMBERED_KEYS + 1);

        fresh.move(TENANT, "org-0#0", null, day);
        assertThat(fresh.count(TENANT, "ngo", LocalDate.of(2021, 3, 1))).as("the oldest key was forgotten")
                .isEqualTo(StockCounter.REMEMBERED_KEYS + 2);
    }

    /** The first format kept the first 8 bytes of the key's SHA-256 as hexadecimal text. */
    private static String firstFormatKey(String eventKey) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(ByteBuffer.wrap(digest, 0, 8).array(), 0, 8);
    }
}
