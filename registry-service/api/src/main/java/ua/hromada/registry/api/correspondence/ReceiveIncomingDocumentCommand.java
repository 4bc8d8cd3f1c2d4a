package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a document the council received. An import of a historical document may say it was already answered
 * or is on long-term control; those steps are then recorded right after the receipt. Repeating the command with
 * the same id and the same content changes nothing; the same id with other content is refused.
 *
 * @param incomingDocumentId the tenant-scoped id of the document; it must belong to the tenant the command carries
 * @param receivedOn         the day the document reached the council (business date)
 * @param answeredOn         for an imported document already answered: the day of the answer
 * @param longTermControl    for an imported document: {@code true} when it is on long-term control (since the day
 *                           it was received); {@code null} is read as {@code false}
 */
public record ReceiveIncomingDocumentCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        IncomingDocumentKind kind,
        LocalDate receivedOn,
        String sender,
        String subject,
        String registrationNumber,
        LocalDate answeredOn,
        Boolean longTermControl) {
}
