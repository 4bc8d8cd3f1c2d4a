package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin fixes a mistake in an incoming document's record, including its answer date or whether it is on
 * long-term control. The corrected details replace the current ones; the history keeps both.
 *
 * @param corrected the whole record as it should read
 * @param reason    why the record is corrected, kept in the history
 */
public record CorrectIncomingDocumentCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        IncomingDocumentDetails corrected,
        String reason) {
}
