package ua.hromada.reporting.ledger;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The contributions one tenant's facts made to one metric on one business day under one breakdown value, as
 * recorded within one second: the unit the ledger sums ({@code value}: sum of values, {@code count}: number of
 * facts). A tenant's cells of one business month are kept together in one document ({@link MonthCells}).
 */
record LedgerCell(String metric, LocalDate on, String dimension, long recordedSecond, long value, long count) {

    /** The month document's field that holds its encoded {@link MonthCells}. */
    static final String CELLS = "c";
    private static final char SEPARATOR = '|';

    /** The id of the document that holds a tenant's cells of one month. */
    static String monthDocumentId(String tenant, YearMonth month) {
        return tenant + SEPARATOR + month;
    }
}
