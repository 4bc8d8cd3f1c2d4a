package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that a commission was abolished. A commission is abolished once; an abolition entered by mistake is
 * fixed by a correction.
 *
 * @param abolishedOn the day of the abolition (business date), not before the establishment nor before a meeting
 */
public record AbolishCommissionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        LocalDate abolishedOn) {
}
