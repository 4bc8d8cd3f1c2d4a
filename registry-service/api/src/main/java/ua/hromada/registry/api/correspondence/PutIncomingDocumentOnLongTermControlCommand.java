package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Puts an incoming document on long-term control: the council keeps following it up (typically a higher
 * authority's directive) until it is taken off.
 *
 * @param since the first day on control (business date), not before the document was received
 */
public record PutIncomingDocumentOnLongTermControlCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        LocalDate since) {
}
