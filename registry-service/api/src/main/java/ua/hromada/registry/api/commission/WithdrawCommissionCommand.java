package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes back a commission entered in error: it stops counting anywhere, its meetings with it, and it can no longer
 * change. Repeating the withdrawal changes nothing.
 *
 * @param reason why the record was entered in error; required
 */
public record WithdrawCommissionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String reason) {
}
