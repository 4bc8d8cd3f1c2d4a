package ua.hromada.registry.api.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one project of the participatory (public) budget of one council: the tenant-scoped aggregate
 * identifier {@code <tenant>:<client id>}, e.g. {@code lysychansk:pb-2021-7}, built by the registry service from the
 * caller's tenant and the id the client chose. So a project of one council can never be addressed by another, and
 * the same client id in two councils names two projects. Clients only ever see the client id.
 * <p>
 * Written in JSON as a bare string; its {@link #toString()} is the value because Axon stores an aggregate's
 * identifier as the {@code toString()} of its identifier field.
 */
public record BudgetProjectId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BudgetProjectId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a budget project id must not be blank");
        }
    }

    public static BudgetProjectId of(String value) {
        return new BudgetProjectId(value);
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
