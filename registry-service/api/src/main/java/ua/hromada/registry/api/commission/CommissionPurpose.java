package ua.hromada.registry.api.commission;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a commission works on; reports break its meetings down by it, and only an {@link #AWARDS} commission
 * considers award petitions. Written in JSON in lower snake case, e.g. {@code awards}.
 */
public enum CommissionPurpose {
    AWARDS,
    RENAMING,
    VETERANS,
    BUDGET,
    OTHER;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose written as {@link #value()}, or empty for anything else. */
    public static Optional<CommissionPurpose> fromValue(String value) {
        return Arrays.stream(values()).filter(purpose -> purpose.value().equals(value)).findFirst();
    }
}
