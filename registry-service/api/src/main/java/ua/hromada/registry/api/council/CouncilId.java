package ua.hromada.registry.api.council;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one council (tenant) of the platform as an aggregate: the tenant-scoped identifier
 * {@code <code>:council}, e.g. {@code nizhyn:council}, so that the platform's command guard, which admits a command
 * only to an aggregate of the tenant the command carries, lets the onboarding of council {@code nizhyn} reach
 * exactly that council's aggregate and no other.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record CouncilId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CouncilId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a council id must not be blank");
        }
    }

    public static CouncilId of(String value) {
        return new CouncilId(value);
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
