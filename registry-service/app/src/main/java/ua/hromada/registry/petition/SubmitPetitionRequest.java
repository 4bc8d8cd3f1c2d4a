package ua.hromada.registry.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/petitions} and a {@code petition} line of an import: a petition submitted
 * now (awaiting moderation), or, for past petitions, one with the status it reached and the dates that status needs.
 *
 * @param id         a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param signatures the signatures it collected, for a published or answered petition; 0 when absent
 * @param status     {@code moderation} when absent
 */
record SubmitPetitionRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotBlank @Size(max = 1000) String title,
        @NotNull LocalDate submittedOn,
        @Size(max = 500) String author,
        @PositiveOrZero Integer signatures,
        PetitionStatus status,
        LocalDate publishedOn,
        LocalDate rejectedOn,
        LocalDate answeredOn) {
}
