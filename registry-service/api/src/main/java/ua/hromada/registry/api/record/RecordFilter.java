package ua.hromada.registry.api.record;

import java.time.LocalDate;

/**
 * Which records of a register a list shows, the same for every register: by kind, by status, by the record's main
 * business date (e.g. {@code registeredOn}, {@code receivedOn}) within {@code from}..{@code to} inclusive, and by
 * text contained in its names and titles, ignoring case. Withdrawn records show only when asked for by status
 * {@code withdrawn}.
 *
 * @param kind   a kind as the register writes it, e.g. {@code ngo}; {@code null} for all
 * @param status a status as the register writes it, e.g. {@code liquidated}; {@code null} for all but withdrawn
 * @param text   {@code null} or blank for any text; matched literally, never as a pattern or query
     * @param page   zero-based page number
 * @param size   records per page, 1 to 100
 */
public record RecordFilter(String kind, String status, LocalDate from, LocalDate to, String text, int page,
                           int size) {

    public static final String WITHDRAWN = "withdrawn";

    public RecordFilter {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }

    public static RecordFilter firstPage(int size) {
        return new RecordFilter(null, null, null, null, null, 0, size);
    }
}
