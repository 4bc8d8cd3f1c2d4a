package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;
import ua.hromada.testing.MongoDatabases;

/**
 * The ledger's writes are idempotent by event: a batch delivered again after a crash — whole, extended by later
 * events, or after only its cells were written — changes nothing it already changed, and loses nothing.
 */
class FactLedgerWriterTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private static final String TENANT = "lysychansk";
    private static final String STOCK = "test.things";
    private static final Instant MORNING = Instant.parse("2022-01-10T09:00:00Z");
    private static final Instant EVENING = Instant.parse("2022-01-10T18:00:00Z");

    private MongoDatabase database;
    private FactLedgerWriter writer;
    private LedgerReader reader;
    private final LedgerGeneration generation = new LedgerGeneration(1);
    private long globalSequence;

    @BeforeEach
    void freshLedger() {
        database = mongo.fresh();
        writer = new FactLedgerWriter(database, generation, new MetricCatalogue(List.of(new ThingMetrics())));
        reader = new LedgerReader(database, new LedgerPointer(database));
    }

    @Test
    void aBatchDeliveredAgainChangesNothing() {
        List<LedgerEvent> batch = List.of(made("a", 0, "2021-03-01", MORNING), made("b", 0, "2021-04-01", MORNING),
                ended("a", 1, "2021-06-01", EVENING));

        writer.write(batch);
        List<Document> monthsOnce = monthDocuments();
        writer.write(batch);

        assertThat(monthDocuments()).isEqualTo(monthsOnce);
        assertThat(stockAt("2021-05-31")).isEqualTo(2);
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
    }

    @Test
    void aBatchRedeliveredWithMoreEventsAddsOnlyTheNewOnes() {
        List<LedgerEvent> first = new ArrayList<>(List.of(made("a", 0, "2021-03-01", MORNING)));
        writer.write(first);
        first.add(made("b", 0, "2021-03-02", MORNING));

        writer.write(first);

        assertThat(stockAt("2021-12-31")).isEqualTo(2);
    }

    @Test
    void aCrashAfterTheCellsBeforeTheRecordsNeitherLosesNorDoubleCounts() {
        List<LedgerEvent> batch = List.of(made("a", 0, "2021-03-01", MORNING), ended("a", 1, "2021-06-01", EVENING));
        writer.write(batch);
        List<LedgerCell> cells = cells();
        // The records write of that batch never happened:
        database.getCollection(generation.recordsCollection()).drop();

        writer.write(batch);
        writer.write(List.of(made("c", 0, "2021-07-01", EVENING)));

        assertThat(cells()).containsAll(cells);
        assertThat(stockAt("2021-05-31")).isEqualTo(1);
        assertThat(stockAt("2021-06-01")).isZero();
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
        assertThat(database.getCollection(generation.recordsCollection()).countDocuments()).isEqualTo(2);
    }

    @Test
    void aWriterThatMissedBatchesWrittenByAnotherReadsTheRecordsAgain() {
        FactLedgerWriter other = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())));
        writer.write(List.of(made("a", 0, "2021-03-01", MORNING)));
        other.write(List.of(ended("a", 1, "2021-06-01", MORNING)));

        writer.write(List.of(made("a", 2, "2021-08-01", EVENING)));

        assertThat(stockAt("2021-05-31")).isZero();
        assertThat(stockAt("2021-08-01")).isEqualTo(1);
        byte[] sources = database.getCollection(generation.recordsCollection()).find().first()
                .get(FactLedgerWriter.SOURCES, Binary.class).getData();
        assertThat(RecordEncoding.decodeSources(sources)).extracting(RecordEncoding.Source::sequence)
                .containsExactly(0L, 1L, 2L);
    }

    @Test
    void aWriterRemembersOnlyAsManyRecordsAsAllowedAndReadsTheOthersAgain() {
        FactLedgerWriter forgetful = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 1, 0, FactLedgerWriter.EVENTS_DEFERRED_AT_MOST);
        forgetful.write(List.of(made("a", 0, "2021-03-01", MORNING), made("b", 0, "2021-03-02", MORNING)));
        forgetful.write(List.of(ended("a", 1, "2021-06-01", EVENING), ended("b", 1, "2021-06-02", EVENING)));

        assertThat(stockAt("2021-05-31")).isEqualTo(2);
        assertThat(stockAt("2021-12-31")).isZero();
    }

    @Test
    void aWriterThatSawItsGenerationFromEmptyAsksTheStoreOnlyForRecordsItStored() {
        FactLedgerWriter forgetful = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 1, 0, FactLedgerWriter.EVENTS_DEFERRED_AT_MOST);
        forgetful.write(List.of(made("a", 0, "2021-03-01", MORNING), made("b", 0, "2021-03-02", MORNING)));
        forgetful.write(List.of(made("c", 0, "2021-03-03", MORNING)));
        assertThat(forgetful.recordsAskedOfTheStore()).isZero();

        forgetful.write(List.of(ended("a", 1, "2021-06-01", EVENING), made("d", 0, "2021-06-02", EVENING)));

        assertThat(forgetful.recordsAskedOfTheStore()).isEqualTo(1);
        assertThat(stockAt("2021-05-31")).isEqualTo(3);
        assertThat(stockAt("2021-12-31")).isEqualTo(3);
        assertThat(sourceSequences("a")).containsExactly(0L, 1L);
    }

    @Test
    void aWriterStartingOnAGenerationThatHoldsRecordsAsksTheStoreForEveryOneItDoesNotRemember() {
        writer.write(List.of(made("a", 0, "2021-03-01", MORNING)));
        FactLedgerWriter successor = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())));

        successor.write(List.of(made("b", 0, "2021-03-02", MORNING), ended("a", 1, "2021-06-01", EVENING)));

        assertThat(successor.recordsAskedOfTheStore()).isEqualTo(2);
        assertThat(stockAt("2021-05-31")).isEqualTo(2);
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
    }

    @Test
    void aWriterWhoseNextBatchIsNotTheFollowingOneStopsTrustingWhatItStored() {
        writer.write(List.of(made("a", 0, "2021-03-01", MORNING)));
        // another instance stores a record this writer never sees
        new FactLedgerWriter(database, generation, new MetricCatalogue(List.of(new ThingMetrics())))
                .write(List.of(made("b", 0, "2021-03-02", MORNING)));

        writer.write(List.of(ended("b", 1, "2021-06-01", EVENING)));

        assertThat(writer.recordsAskedOfTheStore()).isEqualTo(1);
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
        assertThat(sourceSequences("b")).containsExactly(0L, 1L);
    }

    @Test
    void aMonthWrittenByManyBatchesMergesItsCellsNowAndThenAndLosesNone() {
        for (int thing = 0; thing < 70; thing++) {
            writer.write(List.of(made("t" + thing, 0, "2021-03-" + String.format("%02d", 1 + thing % 28),
                    MORNING.plusSeconds(thing))));
        }

        assertThat(stockAt("2021-03-31")).isEqualTo(70);
        assertThat(stockAt("2021-03-14")).isEqualTo(70 / 28 * 14 + Math.min(14, 70 % 28));
        Document march = monthDocuments().get(0);
        assertThat(march.getInteger("s")).isBetween(1, 32);
        assertThat(cells()).hasSize(70);
    }

    @Test
    void deferredRecordsAndCellsWaitUntilTheBoundOfEvents() {
        FactLedgerWriter deferring = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 100, 0, 2);

        boolean firstStored = deferring.write(List.of(made("a", 0, "2021-03-01", MORNING)), true);
        boolean secondStored = deferring.write(List.of(ended("a", 1, "2021-06-01", EVENING),
                made("c", 0, "2021-03-05", EVENING)), false);
        boolean thirdStored = deferring.write(List.of(made("b", 0, "2021-07-01", EVENING)), true);

        assertThat(firstStored).isFalse();
        assertThat(secondStored).isTrue();
        assertThat(thirdStored).isFalse();
        assertThat(recordIds()).containsExactlyInAnyOrder(TENANT + ":a", TENANT + ":c");
        assertThat(stockAt("2021-05-31")).isEqualTo(2);
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
        assertThat(monthDocuments()).extracting(month -> month.getString("_id"))
                .containsExactlyInAnyOrder(LedgerCell.monthDocumentId(TENANT, YearMonth.of(2021, 3)),
                        LedgerCell.monthDocumentId(TENANT, YearMonth.of(2021, 6)));

        boolean fourthStored = deferring.write(List.of(made("d", 0, "2021-07-02", EVENING)), true);

        assertThat(fourthStored).isTrue();
        assertThat(recordIds()).hasSize(4);
        assertThat(stockAt("2021-12-31")).isEqualTo(3);
        assertThat(sourceSequences("a")).containsExactly(0L, 1L);
    }

    @Test
    void aWriteThatMayNotDeferStoresWhatEarlierBatchesDeferred() {
        FactLedgerWriter deferring = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 100, 0, 1000);
        deferring.write(List.of(made("a", 0, "2021-03-01", MORNING)), true);

        boolean stored = deferring.write(List.of(made("b", 0, "2021-03-02", MORNING)), false);

        assertThat(stored).isTrue();
        assertThat(recordIds()).containsExactlyInAnyOrder(TENANT + ":a", TENANT + ":b");
    }

    @Test
    void anUnwrittenRecordForgottenForRoomIsWrittenWithItsBatch() {
        FactLedgerWriter deferring = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 1, 0, 1000);
        deferring.write(List.of(made("a", 0, "2021-03-01", MORNING)), true);

        boolean stored = deferring.write(List.of(made("b", 0, "2021-03-02", MORNING)), true);

        assertThat(stored).isFalse();
        assertThat(recordIds()).containsExactly(TENANT + ":a");

        deferring.write(List.of(ended("a", 1, "2021-06-01", EVENING)), true);
        deferring.write(List.of(made("c", 0, "2021-07-01", EVENING)), false);

        assertThat(stockAt("2021-06-01")).isEqualTo(1);
        assertThat(sourceSequences("a")).containsExactly(0L, 1L);
        assertThat(recordIds()).hasSize(3);
    }

    @Test
    void aCrashWithRecordsDeferredReplaysFromWhereAllWereStoredAndCountsEachEventOnce() {
        FactLedgerWriter deferring = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())), 100, 0, 1000);
        List<LedgerEvent> stored = List.of(made("a", 0, "2021-03-01", MORNING), made("b", 0, "2021-03-02", MORNING));
        List<LedgerEvent> deferred = List.of(ended("a", 1, "2021-06-01", EVENING), made("c", 0, "2021-06-02", EVENING));
        assertThat(deferring.write(stored, false)).isTrue();
        assertThat(deferring.write(deferred, true)).isFalse();
        List<LedgerCell> cellsBeforeTheCrash = cells();

        FactLedgerWriter afterTheCrash = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new ThingMetrics())));
        afterTheCrash.write(deferred);
        afterTheCrash.write(List.of(ended("b", 1, "2021-08-01", EVENING)));

        // one cell per event: the two stored before the crash, the two deferred and replayed, and the last
        assertThat(cellsBeforeTheCrash).hasSize(2);
        assertThat(cells()).containsAll(cellsBeforeTheCrash).hasSize(5);
        assertThat(stockAt("2021-05-31")).isEqualTo(2);
        assertThat(stockAt("2021-06-02")).isEqualTo(2);
        assertThat(stockAt("2021-12-31")).isEqualTo(1);
        assertThat(sourceSequences("a")).containsExactly(0L, 1L);
        assertThat(sourceSequences("b")).containsExactly(0L, 1L);
        assertThat(sourceSequences("c")).containsExactly(0L);
    }

    @Test
    void whatWasKnownAtAMomentStaysAnswerable() {
        writer.write(List.of(made("a", 0, "2021-03-01", MORNING), ended("a", 1, "2021-06-01", EVENING)));

        TenantFacts facts = reader.factsOf(TENANT);

        assertThat(facts.figure(STOCK, MetricKind.STOCK, LocalDate.MIN, LocalDate.parse("2021-12-31"),
                Instant.parse("2022-01-10T12:00:00Z")).orElseThrow().value()).isEqualTo(1);
        assertThat(facts.figure(STOCK, MetricKind.STOCK, LocalDate.MIN, LocalDate.parse("2021-12-31"), EVENING)
                .orElseThrow().value()).isZero();
        assertThat(facts.firstRecorded(STOCK, Instant.parse("2022-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void eventsWithoutATenantOrWithoutAFamilyContributeNothing() {
        writer.write(List.of(new LedgerEvent("e1", ++globalSequence, "x", 0, null, null, MORNING,
                        new ThingMade(LocalDate.parse("2021-01-01"))),
                new LedgerEvent("e2", ++globalSequence, "y", 0, TENANT, "clerk", MORNING, "not an event any family maps")));

        assertThat(reader.factsOf(TENANT).knows(STOCK)).isFalse();
    }

    private long stockAt(String day) {
        return reader.factsOf(TENANT).figure(STOCK, MetricKind.STOCK, LocalDate.MIN, LocalDate.parse(day),
                Instant.parse("2030-01-01T00:00:00Z")).orElseThrow().value();
    }

    private List<String> recordIds() {
        return database.getCollection(generation.recordsCollection()).find().map(record -> record.getString("_id"))
                .into(new ArrayList<>());
    }

    private List<Long> sourceSequences(String thing) {
        Document record = database.getCollection(generation.recordsCollection())
                .find(new Document("_id", TENANT + ":" + thing)).first();
        return RecordEncoding.decodeSources(record.get(FactLedgerWriter.SOURCES, Binary.class).getData()).stream()
                .map(RecordEncoding.Source::sequence).toList();
    }

    private List<Document> monthDocuments() {
        return database.getCollection(generation.cellsCollection()).find().into(new ArrayList<>());
    }

    private List<LedgerCell> cells() {
        List<LedgerCell> cells = new ArrayList<>();
        for (Document month : monthDocuments()) {
            YearMonth yearMonth = YearMonth.parse(month.getString("_id").substring(TENANT.length() + 1));
            cells.addAll(MonthCells.decode(yearMonth, month.get(LedgerCell.CELLS, Binary.class).getData()).cells());
        }
        return cells;
    }

    private LedgerEvent made(String thing, long sequence, String on, Instant recordedAt) {
        return new LedgerEvent(thing + "#" + sequence, ++globalSequence, TENANT + ":" + thing, sequence, TENANT,
                "clerk", recordedAt, new ThingMade(LocalDate.parse(on)));
    }

    private LedgerEvent ended(String thing, long sequence, String on, Instant recordedAt) {
        return new LedgerEvent(thing + "#" + sequence, ++globalSequence, TENANT + ":" + thing, sequence, TENANT,
                "admin", recordedAt, new ThingEnded(LocalDate.parse(on)));
    }

    record ThingMade(LocalDate on) {
    }

    record ThingEnded(LocalDate on) {
    }

    static final class ThingMetrics extends MetricFamily {
        ThingMetrics() {
            super(MetricDefinition.stock(STOCK).in(ReportSectionKind.REGISTRIES, 100).titled("Things", "Things")
                    .counting("thing", "things", "things").build());
            replacing(ThingMade.class, event -> List.of(Fact.one(STOCK, event.on(), null)));
            adding(ThingEnded.class, event -> List.of(Fact.ended(STOCK, event.on(), null)));
        }
    }
}
