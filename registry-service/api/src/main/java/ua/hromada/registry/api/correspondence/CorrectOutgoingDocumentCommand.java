package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin fixes a mistake in an outgoing document's record. The corrected details replace the current ones; the
 * history keeps both.
 *
 * @param corrected the whole record as it should read
 * @param reason    why the record is corrected, kept in the history
 */
public record CorrectOutgoingDocumentCommand(
        @TargetAggregateIdentifier OutgoingDocumentId outgoingDocumentId,
        OutgoingDocumentDetails corrected,
        String reason) {
}
