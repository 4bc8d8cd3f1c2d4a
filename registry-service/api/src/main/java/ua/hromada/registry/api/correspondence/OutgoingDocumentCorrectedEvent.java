package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

/**
 * An outgoing document's record was corrected; from now on it reads as {@code corrected}, while reports "as known
 * at" an earlier moment still use {@code previous}.
 */
@Revision("1")
public record OutgoingDocumentCorrectedEvent(
        OutgoingDocumentId outgoingDocumentId,
        OutgoingDocumentDetails previous,
        OutgoingDocumentDetails corrected,
        String reason) {
}
