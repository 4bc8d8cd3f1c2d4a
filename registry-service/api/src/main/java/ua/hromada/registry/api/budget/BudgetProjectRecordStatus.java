package ua.hromada.registry.api.budget;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The status a participatory-budget project's record shows in the register: the {@link BudgetProjectStatus} it
 * reached, or withdrawn when the record was entered in error. Kept apart from {@link BudgetProjectStatus}, which a
 * submission may name, because no project is ever submitted withdrawn. Written in JSON in lower case, with the same
 * values as {@link BudgetProjectStatus} plus {@code withdrawn}.
 */
public enum BudgetProjectRecordStatus {
    SUBMITTED,
    ADMITTED,
    REJECTED,
    WINNER,
    WITHDRAWN;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@link #value()}, or empty for anything else. */
    public static Optional<BudgetProjectRecordStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    /** The record status of a project in this lifecycle status. */
    public static BudgetProjectRecordStatus of(BudgetProjectStatus status) {
        return valueOf(status.name());
    }
}
