package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A document reached the council and was registered; it counts as incoming, by kind, on {@code receivedOn}. The
 * tenant and the user who recorded it travel in the event's metadata.
 * <p>
 * {@code answeredOn} and {@code longTermControl} keep what the registering command said about an imported
 * historical document, so that a repeated import line is recognised as a repeat. They are not facts of their own:
 * when set, an {@link IncomingDocumentAnsweredEvent} and an {@link IncomingDocumentPutOnLongTermControlEvent}
 * follow in the same commit, and those are what readers count.
 *
 * @param longTermControl never {@code null}
 */
@Revision("1")
public record IncomingDocumentReceivedEvent(
        IncomingDocumentId incomingDocumentId,
        IncomingDocumentKind kind,
        LocalDate receivedOn,
        String sender,
        String subject,
        String registrationNumber,
        LocalDate answeredOn,
        Boolean longTermControl) {
}
