package ua.hromada.registry.record;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a register's list filters and sorts on, stored beside each record's view: every register fills it the same
 * way, so every register offers the same filters.
 *
 * @param kind    the record's kind as written in JSON, or {@code null} for a register without kinds
 * @param status  the record's lifecycle status as written in JSON
 * @param date    the record's main business date (registeredOn, receivedOn, …), filtered by {@code from}/{@code to}
 * @param sortKey the list's order within a council, e.g. the name or the ISO date
 * @param text    the names, titles and other words a text search looks in
 */
public record RecordSummary(String kind, String status, LocalDate date, String sortKey, String text) {

    /** The {@code text} of a summary: the values that are not blank, in order, joined by single spaces. */
    public static String textOf(String... values) {
        return textOf(Stream.of(values));
    }

    /** The {@code text} of a summary: the values that are not blank, in order, joined by single spaces. */
    public static String textOf(Stream<String> values) {
        return values.filter(value -> value != null && !value.isBlank()).collect(Collectors.joining(" "));
    }
}
