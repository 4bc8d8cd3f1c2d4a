package ua.hromada.registry.api.budget;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a participatory-budget project stands: submitted, then admitted to the vote or rejected by the working
 * group, and, among the admitted, declared a winner after the vote. Reports count projects by status. Written in
 * JSON in lower snake case, e.g. {@code admitted}.
 */
public enum BudgetProjectStatus {
    SUBMITTED,
    ADMITTED,
    REJECTED,
    WINNER;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@link #value()}, or empty for anything else. */
    public static Optional<BudgetProjectStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
