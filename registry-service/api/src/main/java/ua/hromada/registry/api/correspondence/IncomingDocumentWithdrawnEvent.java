package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

/**
 * An incoming document's record was withdrawn as entered in error; it no longer counts anywhere, and reports "as
 * known at" an earlier moment still show it.
 *
 * @param withdrawn the record as it read when it was withdrawn
 */
@Revision("1")
public record IncomingDocumentWithdrawnEvent(
        IncomingDocumentId incomingDocumentId,
        IncomingDocumentDetails withdrawn,
        String reason) {
}
