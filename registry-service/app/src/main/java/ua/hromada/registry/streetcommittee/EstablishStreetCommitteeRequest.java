package ua.hromada.registry.streetcommittee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/street-committees} and a {@code street-committee} line of an import.
 *
 * @param id          a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param dissolvedOn for the record of a committee that no longer works
 */
record EstablishStreetCommitteeRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotBlank @Size(max = 300) String street,
        @NotNull LocalDate establishedOn,
        LocalDate dissolvedOn) {
}
