package ua.hromada.registry.api.petition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one e-petition of one council: the tenant-scoped aggregate identifier {@code <tenant>:<client id>},
 * e.g. {@code lysychansk:petition-42}, built by the registry service from the caller's tenant and the id the client
 * chose. So a petition of one council can never be addressed by another, and the same client id in two councils
 * names two petitions. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record PetitionId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PetitionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a petition id must not be blank");
        }
    }

    public static PetitionId of(String value) {
        return new PetitionId(value);
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
