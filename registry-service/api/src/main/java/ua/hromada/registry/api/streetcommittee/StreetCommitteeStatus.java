package ua.hromada.registry.api.streetcommittee;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a street committee is in its lifecycle; written in JSON in lower case. */
public enum StreetCommitteeStatus {
    ACTIVE,
    DISSOLVED,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StreetCommitteeStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
