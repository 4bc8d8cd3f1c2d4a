package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * Asks how many commissions, working groups or coordination councils of the caller's tenant worked at the end of
 * {@code asOf}: established on or before it and not abolished on or before it, withdrawn records never counted.
 * Answered with a {@link CommissionCount}.
 *
 * @param kind only bodies of this kind, or {@code null} for all
 */
public record CountCommissionsQuery(CommissionKind kind, LocalDate asOf) {
}
