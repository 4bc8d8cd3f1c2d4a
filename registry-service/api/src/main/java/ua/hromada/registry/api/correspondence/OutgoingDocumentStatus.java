package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an outgoing document stands as sent or was withdrawn as entered in error; written in JSON in lower case. */
public enum OutgoingDocumentStatus {
    SENT,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutgoingDocumentStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
