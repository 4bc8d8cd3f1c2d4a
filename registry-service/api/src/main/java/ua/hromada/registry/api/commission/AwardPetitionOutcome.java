package ua.hromada.registry.api.commission;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the awards commission decided on a petition: an approved petition becomes an award grant in the awards
 * service. Written in JSON in lower snake case, e.g. {@code approved}.
 */
public enum AwardPetitionOutcome {
    APPROVED,
    REJECTED;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome written as {@link #value()}, or empty for anything else. */
    public static Optional<AwardPetitionOutcome> fromValue(String value) {
        return Arrays.stream(values()).filter(outcome -> outcome.value().equals(value)).findFirst();
    }
}
