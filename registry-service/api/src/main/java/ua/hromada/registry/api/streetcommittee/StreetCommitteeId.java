package ua.hromada.registry.api.streetcommittee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one street committee in the register of one council: the tenant-scoped aggregate identifier
 * {@code <tenant>:<client id>}, e.g. {@code lysychansk:sc-4}, built by the registry service from the caller's
 * tenant and the id the client chose. So a committee of one council can never be addressed by another, and the
 * same client id in two councils names two committees. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record StreetCommitteeId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StreetCommitteeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a street committee id must not be blank");
        }
    }

    public static StreetCommitteeId of(String value) {
        return new StreetCommitteeId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
