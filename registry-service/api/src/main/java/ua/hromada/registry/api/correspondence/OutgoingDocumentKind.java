package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the council sent a document within its own structure ({@code internal}) or to someone outside it
 * ({@code external}); reports count outgoing documents by kind. Written in JSON in lower case.
 */
public enum OutgoingDocumentKind {
    INTERNAL,
    EXTERNAL;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@link #value()}, or empty for anything else. */
    public static Optional<OutgoingDocumentKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }
}
