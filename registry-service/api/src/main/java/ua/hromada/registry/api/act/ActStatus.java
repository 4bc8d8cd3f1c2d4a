package ua.hromada.registry.api.act;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an act stands in the register: a draft, adopted, made public, or withdrawn as entered in error. A draft
 * decision put up for discussion is published without ever being adopted. Written in JSON in lower case.
 */
public enum ActStatus {
    DRAFTED,
    ADOPTED,
    PUBLISHED,
    WITHDRAWN;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@link #value()}, or empty for anything else. */
    public static Optional<ActStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    /** The lifecycle step an act's details show: published, else adopted, else still a draft. */
    public static ActStatus of(ActDetails details) {
        if (details.publishedOn() != null) {
            return PUBLISHED;
        }
        return details.adoptedOn() != null ? ADOPTED : DRAFTED;
    }
}
