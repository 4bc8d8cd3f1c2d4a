package ua.hromada.registry.api.petition;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an e-petition stands: checked by moderators after submission, then published to collect signatures or
 * rejected, and finally answered by the council. Reports count submitted petitions by status. Written in JSON in
 * lower snake case, e.g. {@code moderation}.
 */
public enum PetitionStatus {
    MODERATION,
    PUBLISHED,
    REJECTED,
    ANSWERED;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@link #value()}, or empty for anything else. */
    public static Optional<PetitionStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
