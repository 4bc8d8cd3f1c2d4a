package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An incoming document was put on long-term control; it counts among the documents on control from {@code since}
 * until it is taken off.
 */
@Revision("1")
public record IncomingDocumentPutOnLongTermControlEvent(
        IncomingDocumentId incomingDocumentId,
        LocalDate since) {
}
