package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * Everything the correspondence register holds about one outgoing document, as a correction states it in full.
 *
 * @param sentOn             the day the council sent the document (business date)
 * @param recipient          to whom it was sent, when known
 * @param registrationNumber the number the council's office gave it
 * @param inReplyTo          the client id of the incoming document it answers, when it answers one; kept as written
 */
public record OutgoingDocumentDetails(
        OutgoingDocumentKind kind,
        LocalDate sentOn,
        String recipient,
        String subject,
        String registrationNumber,
        String inReplyTo) {
}
