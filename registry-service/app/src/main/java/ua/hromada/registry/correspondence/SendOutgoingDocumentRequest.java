package ua.hromada.registry.correspondence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/outgoing-documents} and an {@code outgoing-document} line of an import.
 *
 * @param id        a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param inReplyTo the client id of the incoming document it answers, kept as written and not checked (that one
 *                  may be recorded later or never)
 */
record SendOutgoingDocumentRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull OutgoingDocumentKind kind,
        @NotNull LocalDate sentOn,
        @Size(max = 500) String recipient,
        @Size(max = 1000) String subject,
        @Size(max = 100) String registrationNumber,
        @Size(max = 100) String inReplyTo) {
}
