package ua.hromada.registry.api.commission;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one commission, working group or coordination council in the register of one council: the
 * tenant-scoped aggregate identifier {@code <tenant>:<client id>}, e.g. {@code lysychansk:awards}, built by the
 * registry service from the caller's tenant and the id the client chose. So a commission of one council can never
 * be addressed by another, and the same client id in two councils names two commissions. Clients only ever see the
 * client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record CommissionId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CommissionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a commission id must not be blank");
        }
    }

    public static CommissionId of(String value) {
        return new CommissionId(value);
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
