package ua.hromada.registry.api.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin fixes a mistake in an appeal's record, including its resolution date. The corrected details replace the
 * current ones; the history keeps both.
 *
 * @param corrected the whole record as it should read
 * @param reason    why the record is corrected, kept in the history
 */
public record CorrectCitizenAppealCommand(
        @TargetAggregateIdentifier CitizenAppealId citizenAppealId,
        CitizenAppealDetails corrected,
        String reason) {
}
