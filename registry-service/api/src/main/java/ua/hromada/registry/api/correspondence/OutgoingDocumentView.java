package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * An outgoing document as the register shows it to its council, with its current state.
 *
 * @param id          the id the client chose (or the service generated), unique within the council
 * @param inReplyTo   the client id of the incoming document it answers, as written
 * @param corrections how many times an admin corrected the record (its history shows each)
 * @param version     the sequence number of the record's last event; a change may name it in {@code If-Match}
 */
public record OutgoingDocumentView(
        String id,
        OutgoingDocumentKind kind,
        LocalDate sentOn,
        String recipient,
        String subject,
        String registrationNumber,
        String inReplyTo,
        OutgoingDocumentStatus status,
        int corrections,
        long version) {
}
