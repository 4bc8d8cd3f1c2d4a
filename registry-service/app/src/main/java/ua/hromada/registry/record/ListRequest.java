package ua.hromada.registry.record;

import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.web.problem.InvalidInputException;

import java.time.LocalDate;
import java.util.Locale;

/** Turns the list parameters every register accepts into a {@link RecordFilter}, refusing a reversed range. */
public final class ListRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private ListRequest() {
    }

    /**
     * @param kind   a kind enum of the register or {@code null}
     * @param status a status enum of the register or {@code null}
     */
    public static RecordFilter filter(Enum<?> kind, Enum<?> status, LocalDate from, LocalDate to, String text,
                                      int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("dates_out_of_order", "to", "to " + to + " is before from " + from);
        }
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("too_long", "text", "text must be at most 200 characters");
        }
        return new RecordFilter(valueOf(kind), valueOf(status), from, to, text, page, size);
    }

    /** The enum constant as JSON writes it: every register's enums write themselves in lower snake case. */
    private static String valueOf(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }
}
