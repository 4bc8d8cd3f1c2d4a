package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthCellsTest {

    private static final YearMonth MARCH = YearMonth.of(2021, 3);

    @Test
    void cellsComeBackAsTheyWereAdded() {
        MonthCells cells = MonthCells.empty(MARCH);
        cells.add(new LedgerCell("registry.organisations", LocalDate.of(2021, 3, 31), "ngo", 1_616_000_000L, 1, 1));
        cells.add(new LedgerCell("registry.organisations", LocalDate.of(2021, 3, 1), null, 1_614_600_000L, -1, -1));
        cells.add(new LedgerCell("media.subscribers", LocalDate.of(2021, 3, 15), "ТРК «Донбас.Онлайн» | 2.0",
                Long.MAX_VALUE, 7_300_000_000L, 3));

        MonthCells decoded = MonthCells.decode(MARCH, cells.encode());

        assertThat(decoded.cells()).containsExactlyInAnyOrderElementsOf(cells.cells()).hasSize(3);
    }

    @Test
    void contributionsToOneCellAreSummedAndACellThatComesBackToNothingIsDropped() {
        MonthCells cells = MonthCells.empty(MARCH);
        LocalDate day = LocalDate.of(2021, 3, 10);
        cells.add(new LedgerCell("registry.appeals", day, "phone", 100, 1, 1));
        cells.add(new LedgerCell("registry.appeals", day, "phone", 100, 1, 1));
        cells.add(new LedgerCell("registry.appeals", day, "email", 100, 1, 1));
        cells.add(new LedgerCell("registry.appeals", day, "email", 100, -1, -1));

        assertThat(MonthCells.decode(MARCH, cells.encode()).cells())
                .containsExactly(new LedgerCell("registry.appeals", day, "phone", 100, 2, 2));
    }

    @Test
    void theSameCellsEncodeToTheSameBytesWhateverTheOrderTheyCameIn() {
        MonthCells one = MonthCells.empty(MARCH);
        MonthCells other = MonthCells.empty(MARCH);
        LedgerCell first = new LedgerCell("registry.acts", LocalDate.of(2021, 3, 2), "head_directive", 5, 1, 1);
        LedgerCell second = new LedgerCell("registry.acts", LocalDate.of(2021, 3, 2), "council_decision", 5, 1, 1);
        one.add(first);
        one.add(second);
        other.add(second);
        other.add(first);

        assertThat(one.encode()).isEqualTo(other.encode());
    }

    @Test
    void appendedEncodingsDecodeAsTheirSum() {
        LocalDate day = LocalDate.of(2021, 3, 10);
        MonthCells first = MonthCells.empty(MARCH);
        first.add(new LedgerCell("registry.appeals", day, "phone", 100, 1, 1));
        first.add(new LedgerCell("registry.appeals", day, "email", 100, 1, 1));
        MonthCells second = MonthCells.empty(MARCH);
        second.add(new LedgerCell("registry.appeals", day, "phone", 100, 2, 2));
        second.add(new LedgerCell("registry.appeals", day, "email", 100, -1, -1));
        second.add(new LedgerCell("registry.acts", day, null, 200, 1, 1));

        byte[] appended = MonthCells.append(MonthCells.append(new byte[0], first), second);

        assertThat(MonthCells.decode(MARCH, appended).cells()).containsExactlyInAnyOrder(
                new LedgerCell("registry.appeals", day, "phone", 100, 3, 3),
                new LedgerCell("registry.acts", day, null, 200, 1, 1));
    }

    @Test
    void aCellOfAnotherMonthIsRefused() {
        assertThatThrownBy(() -> MonthCells.empty(MARCH)
                .add(new LedgerCell("registry.acts", LocalDate.of(2021, 4, 1), null, 5, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cellsOfAnotherFormatAskForARebuild() {
        assertThatThrownBy(() -> MonthCells.decode(MARCH, new byte[] {9}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rebuild the ledger");
    }
}
