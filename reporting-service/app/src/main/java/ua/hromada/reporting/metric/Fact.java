package ua.hromada.reporting.metric;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a record asserts about one metric: it contributes {@code value} on business date {@code on}, under
 * {@code dimension} (the breakdown value, {@code null} for a metric without breakdown). {@code part} tells the
 * assertions of a record's parts apart (an election of a street committee, a meeting of a commission), so a
 * correction of one part replaces only that part's facts.
 */
public record Fact(String metric, LocalDate on, String dimension, long value, String part) {

    public Fact {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(on, "on");
        part = part == null ? "" : part;
    }

    /** One of something, e.g. an organisation that exists from its registration day. */
    public static Fact one(String metric, LocalDate on, String dimension) {
        return new Fact(metric, on, dimension, 1, "");
    }

    /** The end of something a stock counted: it no longer counts from {@code on}. */
    public static Fact ended(String metric, LocalDate on, String dimension) {
        return new Fact(metric, on, dimension, -1, "");
    }

    public Fact ofPart(String partId) {
        return new Fact(metric, on, dimension, value, partId);
    }
}
