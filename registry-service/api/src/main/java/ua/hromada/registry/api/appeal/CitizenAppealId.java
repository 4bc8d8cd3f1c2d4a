package ua.hromada.registry.api.appeal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one citizen's appeal in the register of appeals of one council: the tenant-scoped aggregate identifier
 * {@code <tenant>:<client id>}, e.g. {@code lysychansk:appeal-88}, built by the registry service from the caller's
 * tenant and the id the client chose. So an appeal of one council can never be addressed by another, and the same
 * client id in two councils names two records. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record CitizenAppealId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CitizenAppealId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a citizen appeal id must not be blank");
        }
    }

    public static CitizenAppealId of(String value) {
        return new CitizenAppealId(value);
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
