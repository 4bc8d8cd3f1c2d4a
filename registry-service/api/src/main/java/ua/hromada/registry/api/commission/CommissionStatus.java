package ua.hromada.registry.api.commission;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a commission is in its lifecycle; written in JSON in lower case. */
public enum CommissionStatus {
    ACTIVE,
    ABOLISHED,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommissionStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
