package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator fixes what the register holds about a commission, lifecycle dates included (e.g. clears an
 * abolition entered by mistake). The original entry stays in the history; reports "as known at" an earlier moment
 * keep the old figure.
 *
 * @param corrected the commission's details as they should have been recorded
 * @param reason    why the record is changed; required
 */
public record CorrectCommissionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        CommissionDetails corrected,
        String reason) {
}
