package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws an outgoing document's record entered in error: it leaves every count from now on but stays in the
 * history.
 *
 * @param reason why the record is withdrawn, kept in the history
 */
public record WithdrawOutgoingDocumentCommand(
        @TargetAggregateIdentifier OutgoingDocumentId outgoingDocumentId,
        String reason) {
}
