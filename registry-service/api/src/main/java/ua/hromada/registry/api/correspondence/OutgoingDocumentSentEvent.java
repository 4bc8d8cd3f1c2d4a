package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The council sent a document and registered it; it counts as outgoing, by kind, on {@code sentOn}. The tenant
 * and the user who recorded it travel in the event's metadata.
 */
@Revision("1")
public record OutgoingDocumentSentEvent(
        OutgoingDocumentId outgoingDocumentId,
        OutgoingDocumentKind kind,
        LocalDate sentOn,
        String recipient,
        String subject,
        String registrationNumber,
        String inReplyTo) {
}
