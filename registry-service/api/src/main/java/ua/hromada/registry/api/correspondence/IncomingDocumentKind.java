package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What reached the council: an ordinary letter, a request for public information, a citizen's appeal sent as a
 * document, or a directive of a higher authority. Reports count incoming and answered documents by kind; written in
 * JSON in lower snake case, e.g. {@code public_info_request}.
 */
public enum IncomingDocumentKind {
    LETTER,
    PUBLIC_INFO_REQUEST,
    CITIZEN_APPEAL,
    HIGHER_DIRECTIVE;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@link #value()}, or empty for anything else. */
    public static Optional<IncomingDocumentKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }
}
