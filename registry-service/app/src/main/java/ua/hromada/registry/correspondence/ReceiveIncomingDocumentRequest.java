package ua.hromada.registry.correspondence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/incoming-documents} and an {@code incoming-document} line of an import.
 *
 * @param id              a client-chosen id, so that a retried request is recognised as a repeat; generated when
 *                        absent
 * @param answeredOn      for the record of a document already answered
 * @param longTermControl for the record of a document on long-term control: it is then on control since the day it
 *                        was received; absent means not on control
 */
record ReceiveIncomingDocumentRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull IncomingDocumentKind kind,
        @NotNull LocalDate receivedOn,
        @Size(max = 500) String sender,
        @Size(max = 1000) String subject,
        @Size(max = 100) String registrationNumber,
        LocalDate answeredOn,
        Boolean longTermControl) {
}
