package ua.hromada.registry.api.act;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one act in the register of council acts of one council: the tenant-scoped aggregate identifier
 * {@code <tenant>:<client id>}, e.g. {@code lysychansk:act-2021-154}, built by the registry service from the
 * caller's tenant and the id the client chose. So an act of one council can never be addressed by another, and the
 * same client id in two councils names two acts. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record ActId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an act id must not be blank");
        }
    }

    public static ActId of(String value) {
        return new ActId(value);
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
