package ua.hromada.registry.correspondence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;

import java.time.LocalDate;

/** The bodies of the state changes of an incoming document, {@code POST /api/registry/incoming-documents/{id}/…}. */
final class IncomingDocumentChangeRequests {

    private IncomingDocumentChangeRequests() {
    }

    /** {@code /answer}. */
    record Answer(@NotNull LocalDate answeredOn) {
    }

    /** {@code /long-term-control}: puts the document on control from {@code since}. */
    record ControlStart(@NotNull LocalDate since) {
    }

    /** {@code /long-term-control/end}: takes it off on {@code until}. */
    record ControlEnd(@NotNull LocalDate until) {
    }

    /**
     * {@code /correction} (admins): every detail as it should have been recorded, and why. {@code longTermControl}
     * must be stated: a correction to {@code false} voids the control period running now, to {@code true} (when it
     * is not on control) puts it on control since the day it was received.
     */
    record Correction(
            @NotNull IncomingDocumentKind kind,
            @NotNull LocalDate receivedOn,
            @Size(max = 500) String sender,
            @Size(max = 1000) String subject,
            @Size(max = 100) String registrationNumber,
            LocalDate answeredOn,
            @NotNull Boolean longTermControl,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
