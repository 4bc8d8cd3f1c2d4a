package ua.hromada.registry.api.correspondence;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An incoming document was taken off long-term control; from {@code until} on it no longer counts among the
 * documents on control.
 *
 * @param since the first day of the control period that ends here
 * @param until the day the document was taken off
 */
@Revision("1")
public record IncomingDocumentTakenOffLongTermControlEvent(
        IncomingDocumentId incomingDocumentId,
        LocalDate since,
        LocalDate until) {
}
