package ua.hromada.registry.api.act;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes an act entered in error out of the register; reports stop counting it, its history stays.
 *
 * @param reason why the record is withdrawn
 */
public record WithdrawActCommand(
        @TargetAggregateIdentifier ActId actId,
        String reason) {
}
