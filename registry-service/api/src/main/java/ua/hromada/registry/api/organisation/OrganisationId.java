package ua.hromada.registry.api.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one organisation in the register of one council: the tenant-scoped aggregate identifier
 * {@code <tenant>:<client id>}, e.g. {@code lysychansk:org-17}, built by the registry service from the caller's
 * tenant and the id the client chose. So an organisation of one council can never be addressed by another, and the
 * same client id in two councils names two organisations. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
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
