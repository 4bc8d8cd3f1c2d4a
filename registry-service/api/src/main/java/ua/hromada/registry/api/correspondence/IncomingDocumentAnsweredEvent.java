package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The council answered an incoming document; it counts as answered, by kind, on {@code answeredOn}.
 *
 * @param kind the document's kind when it was answered, so that counts by kind need no other event
 */
@Revision("1")
public record IncomingDocumentAnsweredEvent(
        IncomingDocumentId incomingDocumentId,
        IncomingDocumentKind kind,
        LocalDate answeredOn) {
}
