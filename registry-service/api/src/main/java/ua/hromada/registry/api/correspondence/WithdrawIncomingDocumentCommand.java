package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws an incoming document's record entered in error (e.g. a document registered twice under two ids): it
 * leaves every count from now on but stays in the history.
 *
 * @param reason why the record is withdrawn, kept in the history
 */
public record WithdrawIncomingDocumentCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        String reason) {
}
