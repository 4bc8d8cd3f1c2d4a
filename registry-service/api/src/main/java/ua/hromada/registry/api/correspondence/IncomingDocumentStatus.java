package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an incoming document is: received and awaiting its answer, answered, or withdrawn as entered in error;
 * written in JSON in lower case. Being on long-term control is not a status: an answered document may stay on it.
 */
public enum IncomingDocumentStatus {
    RECEIVED,
    ANSWERED,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncomingDocumentStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
