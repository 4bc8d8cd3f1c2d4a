package ua.hromada.reporting.ledger;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The contributions one tenant's facts made to one metric on one business day under one breakdown value, as
 * recorded within one second: the unit the ledger sums. Stored in the tenant's month document as a field
 * {@code metric|day|dimension|recordedSecond → {n, c}} ({@code n}: sum of values, {@code c}: number of facts),
 * which an update can increment without reading it first.
 */
record LedgerCell(String metric, LocalDate on, String dimension, long recordedSecond, long value, long count) {

    static final String CELLS = "c";
    private static final char SEPARATOR = '|';

    /** The id of the document that holds a tenant's cells of one month. */
    static String monthDocumentId(String tenant, YearMonth month) {
        return tenant + SEPARATOR + month;
    }

    /** The field of this cell within its month document (without the {@value #CELLS} prefix). */
    String field() {
        // Field names must not contain '.' (a path separator) or start with '$'; dimension values are free text
        // for some families (outlets), so they are percent-encoded.
        return metric.replace('.', ':') + SEPARATOR + on.getDayOfMonth() + SEPARATOR
                + (dimension == null ? "" : URLEncoder.encode(dimension, StandardCharsets.UTF_8).replace(".", "%2E"))
                + SEPARATOR + recordedSecond;
    }

    static LedgerCell parse(YearMonth month, String field, long value, long count) {
        String[] parts = field.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalStateException("Not a ledger cell: " + field);
        }
        String dimension = parts[2].isEmpty() ? null : URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
        return new LedgerCell(parts[0].replace(':', '.'), month.atDay(Integer.parseInt(parts[1])), dimension,
                Long.parseLong(parts[3]), value, count);
    }
}
