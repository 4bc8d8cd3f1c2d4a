package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

/**
 * An outgoing document's record was withdrawn as entered in error; it no longer counts anywhere, and reports "as
 * known at" an earlier moment still show it.
 *
 * @param withdrawn the record as it read when it was withdrawn
 */
@Revision("1")
public record OutgoingDocumentWithdrawnEvent(
        OutgoingDocumentId outgoingDocumentId,
        OutgoingDocumentDetails withdrawn,
        String reason) {
}
