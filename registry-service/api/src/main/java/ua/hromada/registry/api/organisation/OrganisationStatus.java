package ua.hromada.registry.api.organisation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an organisation is in its lifecycle; written in JSON in lower case. */
public enum OrganisationStatus {
    ACTIVE,
    LIQUIDATED,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrganisationStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
