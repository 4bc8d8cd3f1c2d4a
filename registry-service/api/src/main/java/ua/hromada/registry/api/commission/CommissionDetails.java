package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * Everything the register holds about a commission that a correction may fix, its lifecycle dates included: what
 * it was created with, what a correction replaces and what a withdrawal takes back.
 *
 * @param establishedOn the day the body was set up (business date)
 * @param abolishedOn   the day it was abolished, or {@code null} while it works
 * @param basis         the act that set it up, e.g. "розпорядження № 12", when known
 * @param purpose       what it works on, when stated
 */
public record CommissionDetails(
        String name,
        CommissionKind kind,
        LocalDate establishedOn,
        LocalDate abolishedOn,
        String basis,
        CommissionPurpose purpose) {
}
