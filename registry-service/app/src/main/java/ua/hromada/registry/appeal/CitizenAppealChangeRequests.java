package ua.hromada.registry.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.appeal.AppealChannel;

import java.time.LocalDate;

/** The bodies of the state changes of a citizen's appeal, {@code POST /api/registry/citizen-appeals/{id}/…}. */
final class CitizenAppealChangeRequests {

    private CitizenAppealChangeRequests() {
    }

    /** {@code /resolution}. */
    record Resolution(@NotNull LocalDate resolvedOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, and why. */
    record Correction(
            @NotNull AppealChannel channel,
            @NotNull LocalDate receivedOn,
            @Size(max = 1000) String topic,
            @Size(max = 500) String applicantName,
            LocalDate resolvedOn,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
