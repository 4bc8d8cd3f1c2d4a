package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * How many incoming documents were on long-term control at the end of a day.
 *
 * @param kind {@code null} when all kinds are counted
 */
public record DocumentsOnLongTermControlCount(IncomingDocumentKind kind, LocalDate asOf, long count) {
}
