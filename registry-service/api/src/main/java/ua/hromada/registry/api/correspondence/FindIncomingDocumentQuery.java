package ua.hromada.registry.api.correspondence;

/**
 * Asks for one incoming document of the caller's tenant; answered with an optional {@link IncomingDocumentView},
 * empty also when the id belongs to another tenant.
 */
public record FindIncomingDocumentQuery(IncomingDocumentId incomingDocumentId) {
}
