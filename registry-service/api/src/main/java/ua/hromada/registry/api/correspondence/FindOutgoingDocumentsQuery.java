package ua.hromada.registry.api.correspondence;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's outgoing documents, ordered by {@code sentOn}, then id; the filter's
 * dates apply to {@code sentOn} and its text to recipient, subject and registration number. Answered with an
 * {@link OutgoingDocumentPage}.
 */
public record FindOutgoingDocumentsQuery(RecordFilter filter) {
}
