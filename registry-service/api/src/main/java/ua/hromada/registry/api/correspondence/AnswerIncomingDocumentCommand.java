package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that the council answered an incoming document. A document is answered once; a wrong answer date is
 * fixed by a correction.
 *
 * @param answeredOn the day of the answer (business date), not before the document was received
 */
public record AnswerIncomingDocumentCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        LocalDate answeredOn) {
}
