package ua.hromada.registry.api.organisation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation the register holds; written in JSON in lower snake case, e.g. {@code party_cell}. */
public enum OrganisationKind {
    PARTY_CELL,
    NGO,
    RELIGIOUS,
    CHARITY,
    OTHER;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@link #value()}, or empty for anything else. */
    public static Optional<OrganisationKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }
}
