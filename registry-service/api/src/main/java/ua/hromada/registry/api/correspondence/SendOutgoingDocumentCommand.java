package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a document the council sent. Repeating it with the same id and the same content changes nothing; the
 * same id with other content is refused.
 *
 * @param outgoingDocumentId the tenant-scoped id of the document; it must belong to the tenant the command carries
 * @param sentOn             the day the document was sent (business date)
 * @param inReplyTo          the client id of the incoming document it answers, if any; it is not checked against
 *                           the register of incoming documents (that one may be recorded later or never)
 */
public record SendOutgoingDocumentCommand(
        @TargetAggregateIdentifier OutgoingDocumentId outgoingDocumentId,
        OutgoingDocumentKind kind,
        LocalDate sentOn,
        String recipient,
        String subject,
        String registrationNumber,
        String inReplyTo) {
}
