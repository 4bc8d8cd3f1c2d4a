package ua.hromada.registry.api.commission;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which kind of collegial body the register holds; reports count them by it. Written in JSON in lower snake case,
 * e.g. {@code working_group}.
 */
public enum CommissionKind {
    COMMISSION,
    WORKING_GROUP,
    COORDINATION_COUNCIL;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@link #value()}, or empty for anything else. */
    public static Optional<CommissionKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }
}
