package ua.hromada.registry.api.correspondence;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's incoming documents, ordered by {@code receivedOn}, then id; the filter's
 * dates apply to {@code receivedOn} and its text to sender, subject and registration number. Answered with an
 * {@link IncomingDocumentPage}.
 */
public record FindIncomingDocumentsQuery(RecordFilter filter) {
}
