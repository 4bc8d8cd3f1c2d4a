package ua.hromada.registry.streetcommittee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/** The bodies of the state changes of a street committee, {@code POST /api/registry/street-committees/{id}/...}. */
final class StreetCommitteeChangeRequests {

    private StreetCommitteeChangeRequests() {
    }

    /** {@code /dissolution}. */
    record Dissolution(@NotNull LocalDate dissolvedOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, and why. */
    record Correction(
            @NotBlank @Size(max = 300) String street,
            @NotNull LocalDate establishedOn,
            LocalDate dissolvedOn,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * {@code /elections}: a residents' meeting that elected the committee.
     *
     * @param id the election's client-chosen id, so that a retried request is recognised as a repeat; generated when
     *           absent
     */
    record Election(
            @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @NotNull LocalDate heldOn,
            @Size(max = 300) String headName) {
    }

    /** {@code /elections/{electionId}/correction} (admins): the election as it should have been recorded. */
    record ElectionCorrection(
            @NotNull LocalDate heldOn,
            @Size(max = 300) String headName,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
