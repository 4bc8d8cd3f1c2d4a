package ua.hromada.registry.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.petition.PetitionStatus;

import java.time.LocalDate;

/** The bodies of the state changes of an e-petition, {@code POST /api/registry/petitions/{id}/<change>}. */
final class PetitionChangeRequests {

    private PetitionChangeRequests() {
    }

    /** {@code /publication}: moderators published it to collect signatures. */
    record Publication(@NotNull LocalDate publishedOn) {
    }

    /** {@code /rejection}: moderators refused to publish it, and why. */
    record Rejection(@NotNull LocalDate rejectedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code /signatures}: the signatures collected so far (never fewer than already recorded). */
    record Signatures(@NotNull @PositiveOrZero Integer signatures) {
    }

    /** {@code /answer}: the council answered it. */
    record Answer(@NotNull LocalDate answeredOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, status included, and why. */
    record Correction(
            @NotBlank @Size(max = 1000) String title,
            @NotNull LocalDate submittedOn,
            @Size(max = 500) String author,
            @PositiveOrZero Integer signatures,
            @NotNull PetitionStatus status,
            LocalDate publishedOn,
            LocalDate rejectedOn,
            LocalDate answeredOn,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
