package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.hromada.reporting.api.report.MetricKind;

/** How a period reads a metric's cells: flows within it, stocks up to its last day, snapshots the latest value. */
class TenantFactsTest {

    private static final long MORNING = Instant.parse("2022-01-10T09:00:00Z").getEpochSecond();
    private static final long EVENING = Instant.parse("2022-01-10T18:00:00Z").getEpochSecond();
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aSnapshotIsTheLatestObservationOnOrBeforeThePeriodsLastDayPerBreakdownValue() {
        TenantFacts facts = new TenantFacts(List.of(
                subscribers("2021-01-31", "facebook", MORNING, 900, 1),
                subscribers("2021-06-30", "facebook", MORNING, 1200, 1),
                subscribers("2021-03-31", "telegram", MORNING, 300, 1),
                // the June count was corrected in the evening: 1200 retracted, 1250 asserted
                subscribers("2021-06-30", "facebook", EVENING, 50, 0)), List.of());

        TenantFacts.Figure spring = facts.figure("media.subscribers", MetricKind.SNAPSHOT, day("2021-04-01"),
                day("2021-04-30"), NOW).orElseThrow();
        TenantFacts.Figure year = facts.figure("media.subscribers", MetricKind.SNAPSHOT, day("2021-01-01"),
                day("2021-12-31"), NOW).orElseThrow();
        TenantFacts.Figure yearAsKnownThatMorning = facts.figure("media.subscribers", MetricKind.SNAPSHOT,
                day("2021-01-01"), day("2021-12-31"), Instant.ofEpochSecond(MORNING)).orElseThrow();

        assertThat(spring.breakdown()).containsEntry("facebook", 900L).containsEntry("telegram", 300L);
        assertThat(spring.value()).isEqualTo(1200);
        assertThat(year.breakdown()).containsEntry("facebook", 1250L);
        assertThat(year.value()).isEqualTo(1550);
        assertThat(yearAsKnownThatMorning.breakdown()).containsEntry("facebook", 1200L);
        assertThat(facts.figure("media.subscribers", MetricKind.SNAPSHOT, day("2020-01-01"), day("2020-12-31"), NOW))
                .as("nothing observed by then").isEmpty();
    }

    @Test
    void aWithdrawnObservationLeavesTheOneBeforeIt() {
        TenantFacts facts = new TenantFacts(List.of(
                subscribers("2021-01-31", null, MORNING, 900, 1),
                subscribers("2021-06-30", null, MORNING, 1200, 1),
                subscribers("2021-06-30", null, EVENING, -1200, -1)), List.of());

        assertThat(facts.figure("media.subscribers", MetricKind.SNAPSHOT, day("2021-01-01"), day("2021-12-31"), NOW)
                .orElseThrow().value()).isEqualTo(900);
    }

    @Test
    void flowsCountWithinThePeriodAndStocksEverythingUpToItsLastDay() {
        TenantFacts facts = new TenantFacts(List.of(
                organisations("2020-12-31", MORNING, 1),
                organisations("2021-01-01", MORNING, 1),
                organisations("2021-12-31", MORNING, -1),
                organisations("2022-01-01", MORNING, 1)), List.of());

        assertThat(facts.figure("registry.organisations", MetricKind.FLOW, day("2021-01-01"), day("2021-12-31"), NOW).orElseThrow().value())
                .isZero();
        assertThat(facts.figure("registry.organisations", MetricKind.STOCK, day("2021-01-01"), day("2021-12-31"), NOW).orElseThrow().value())
                .isEqualTo(1);
        assertThat(facts.figure("registry.organisations", MetricKind.STOCK, day("2021-01-01"), day("2021-12-30"), NOW).orElseThrow().value())
                .isEqualTo(2);
        assertThat(facts.firstRecorded("registry.organisations", NOW)).contains(day("2020-12-31"));
    }

    private static LedgerCell subscribers(String on, String channel, long recordedSecond, long value, long count) {
        return new LedgerCell("media.subscribers", day(on), channel, recordedSecond, value, count);
    }

    private static LedgerCell organisations(String on, long recordedSecond, long value) {
        return new LedgerCell("registry.organisations", day(on), "ngo", recordedSecond, value, value);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
