package ua.hromada.registry.api.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/**
 * Identifies one organisation in the register. Written in JSON as a bare string; its {@link #toString()} is the
 * value because Axon stores an aggregate's identifier as the {@code toString()} of its identifier field.
 */
public record OrganisationId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrganisationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an organisation id must not be blank");
        }
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID().toString());
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
