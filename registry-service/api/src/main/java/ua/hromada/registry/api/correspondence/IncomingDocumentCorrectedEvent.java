package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

/**
 * An incoming document's record was corrected; from now on it reads as {@code corrected}, while reports "as known
 * at" an earlier moment still use {@code previous}. A correction that puts the document on long-term control dates
 * the control from the day it was received; one that takes it off voids the current control period, as if it had
 * never begun.
 */
@Revision("1")
public record IncomingDocumentCorrectedEvent(
        IncomingDocumentId incomingDocumentId,
        IncomingDocumentDetails previous,
        IncomingDocumentDetails corrected,
        String reason) {
}
