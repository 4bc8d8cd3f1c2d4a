package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one incoming document in the correspondence register of one council: the tenant-scoped aggregate
 * identifier {@code <tenant>:<client id>}, e.g. {@code lysychansk:in-2021-0117}, built by the registry service from
 * the caller's tenant and the id the client chose. So a document of one council can never be addressed by another, and
 * the same client id in two councils names two records. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record IncomingDocumentId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IncomingDocumentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an incoming document id must not be blank");
        }
    }

    public static IncomingDocumentId of(String value) {
        return new IncomingDocumentId(value);
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
