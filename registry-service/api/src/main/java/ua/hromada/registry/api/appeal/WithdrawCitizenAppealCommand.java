package ua.hromada.registry.api.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws an appeal's record entered in error (e.g. one appeal registered twice): it leaves every count from now
 * on but stays in the history.
 *
 * @param reason why the record is withdrawn, kept in the history
 */
public record WithdrawCitizenAppealCommand(
        @TargetAggregateIdentifier CitizenAppealId citizenAppealId,
        String reason) {
}
