package ua.hromada.registry.correspondence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;

import java.time.LocalDate;

/** The bodies of the state changes of an outgoing document, {@code POST /api/registry/outgoing-documents/{id}/…}. */
final class OutgoingDocumentChangeRequests {

    private OutgoingDocumentChangeRequests() {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, and why. */
    record Correction(
            @NotNull OutgoingDocumentKind kind,
            @NotNull LocalDate sentOn,
            @Size(max = 500) String recipient,
            @Size(max = 1000) String subject,
            @Size(max = 100) String registrationNumber,
            @Size(max = 100) String inReplyTo,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
