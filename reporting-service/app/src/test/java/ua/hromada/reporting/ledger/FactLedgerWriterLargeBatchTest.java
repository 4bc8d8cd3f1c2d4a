package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.testing.MongoDatabases;

/**
 * Batches of more records than the writer reads in one query, as a rebuild's are: every record is found again, and
 * a batch delivered again changes nothing.
 */
class FactLedgerWriterLargeBatchTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private static final String TENANT = "nizhyn";
    private static final String STOCK = "test.things";
    private static final int RECORDS = 1_200;
    private static final Instant RECORDED = Instant.parse("2022-01-10T09:00:00Z");

    private final LedgerGeneration generation = new LedgerGeneration(1);
    private MongoDatabase database;
    private FactLedgerWriter writer;
    private long globalSequence;

    @BeforeEach
    void freshLedger() {
        database = mongo.fresh();
        writer = new FactLedgerWriter(database, generation,
                new MetricCatalogue(List.of(new FactLedgerWriterTest.ThingMetrics())));
    }

    @Test
    void everyRecordOfALargeBatchIsFoundByTheNext() {
        writer.write(batch(0, "2021-01-01"));
        writer.write(batch(1, "2021-06-01"));

        assertThat(stockAt("2021-05-31")).isEqualTo(RECORDS);
        assertThat(stockAt("2021-06-01")).isZero();
        assertThat(database.getCollection(generation.recordsCollection()).countDocuments()).isEqualTo(RECORDS);
    }

    @Test
    void aLargeBatchDeliveredAgainChangesNothing() {
        List<LedgerEvent> made = batch(0, "2021-01-01");
        List<LedgerEvent> ended = batch(1, "2021-06-01");
        writer.write(made);
        writer.write(ended);

        writer.write(made);
        writer.write(ended);

        assertThat(stockAt("2021-05-31")).isEqualTo(RECORDS);
        assertThat(stockAt("2021-06-01")).isZero();
        assertThat(database.getCollection(generation.recordsCollection()).countDocuments()).isEqualTo(RECORDS);
    }

    /** The first ({@code sequence} 0) or second event of every record, in one batch. */
    private List<LedgerEvent> batch(long sequence, String on) {
        List<LedgerEvent> events = new ArrayList<>();
        for (int thing = 0; thing < RECORDS; thing++) {
            Object payload = sequence == 0 ? new FactLedgerWriterTest.ThingMade(LocalDate.parse(on)) : new FactLedgerWriterTest.ThingEnded(LocalDate.parse(on));
            events.add(new LedgerEvent(thing + "#" + sequence, ++globalSequence, TENANT + ":" + thing, sequence,
                    TENANT, "clerk", RECORDED.plusSeconds(globalSequence), payload));
        }
        return events;
    }

    private long stockAt(String day) {
        return new LedgerReader(database, new LedgerPointer(database)).factsOf(TENANT)
                .figure(STOCK, MetricKind.STOCK, LocalDate.MIN, LocalDate.parse(day),
                        Instant.parse("2030-01-01T00:00:00Z"))
                .orElseThrow().value();
    }
}
