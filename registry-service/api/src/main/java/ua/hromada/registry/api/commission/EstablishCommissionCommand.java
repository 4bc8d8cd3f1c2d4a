package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Enters a commission, working group or coordination council into the register. An import of a body that no
 * longer works carries its {@code abolishedOn} too. Repeating the command with the same id and content changes
 * nothing; the same id with other content is refused.
 *
 * @param commissionId  the tenant-scoped id; it must belong to the tenant the command carries
 * @param establishedOn the day the body was set up (business date)
 * @param abolishedOn   the day it was abolished, only for a historical body
 * @param basis         the act that set it up, e.g. "розпорядження № 12"
 * @param purpose       what it works on; an {@code awards} commission considers award petitions
 */
public record EstablishCommissionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String name,
        CommissionKind kind,
        LocalDate establishedOn,
        LocalDate abolishedOn,
        String basis,
        CommissionPurpose purpose) {
}
