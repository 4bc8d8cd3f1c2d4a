package ua.hromada.registry.api.correspondence;

/**
 * Asks for one outgoing document of the caller's tenant; answered with an optional {@link OutgoingDocumentView},
 * empty also when the id belongs to another tenant.
 */
public record FindOutgoingDocumentQuery(OutgoingDocumentId outgoingDocumentId) {
}
