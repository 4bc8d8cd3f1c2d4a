package ua.hromada.registry.act;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.act.ActKind;

import java.time.LocalDate;

/** The bodies of the state changes of an act, {@code POST /api/registry/acts/{id}/<change>}. */
final class ActChangeRequests {

    private ActChangeRequests() {
    }

    /** {@code /adoption}: the day a draft was adopted, and its number unless the draft already had it. */
    record Adoption(@NotNull LocalDate adoptedOn, @Size(max = 50) String number) {
    }

    /** {@code /publication}. */
    record Publication(@NotNull LocalDate publishedOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, lifecycle dates included, and why. */
    record Correction(
            @NotNull ActKind kind,
            @Size(max = 50) String number,
            @Size(max = 1000) String title,
            LocalDate draftedOn,
            LocalDate adoptedOn,
            LocalDate publishedOn,
            Boolean preparedByDepartment,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
