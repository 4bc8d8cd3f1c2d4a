package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * Everything the correspondence register holds about one incoming document, as a correction states it in full:
 * an admin who fixes a mistyped sender or an answer entered by mistake sends the whole corrected record, and the
 * history keeps the previous one next to it.
 *
 * @param receivedOn         the day the document reached the council (business date)
 * @param sender             who sent it, when known
 * @param registrationNumber the number the council's office gave it on registration
 * @param answeredOn         the day the council answered it, or {@code null} while unanswered
 * @param longTermControl    whether the document is on long-term control now; {@code null} is read as {@code false}
 */
public record IncomingDocumentDetails(
        IncomingDocumentKind kind,
        LocalDate receivedOn,
        String sender,
        String subject,
        String registrationNumber,
        LocalDate answeredOn,
        Boolean longTermControl) {

    public IncomingDocumentDetails {
        longTermControl = Boolean.TRUE.equals(longTermControl);
    }
}
