package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes back a street committee entered in error: it stops counting anywhere and can no longer change. Repeating
 * the withdrawal changes nothing.
 *
 * @param reason why the record was entered in error; required
 */
public record WithdrawStreetCommitteeCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        String reason) {
}
