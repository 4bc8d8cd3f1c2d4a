package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * Asks how many incoming documents of the caller's tenant were on long-term control at the end of {@code asOf}
 * (metric {@code registry.documents.long_term_control}, a stock): put on control on or before that day and not
 * taken off on or before it, withdrawn records never counted, a document counted once however its periods overlap.
 * Answered with a {@link DocumentsOnLongTermControlCount}.
 *
 * @param kind only documents of this kind, or {@code null} for all
 */
public record CountDocumentsOnLongTermControlQuery(IncomingDocumentKind kind, LocalDate asOf) {
}
