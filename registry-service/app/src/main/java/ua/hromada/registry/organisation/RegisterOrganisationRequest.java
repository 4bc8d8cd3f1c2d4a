package ua.hromada.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/organisations} and an {@code organisation} line of an import.
 *
 * @param id           a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param liquidatedOn for the record of an organisation that no longer exists
 */
record RegisterOrganisationRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 500) String name,
        @NotNull LocalDate registeredOn,
        LocalDate liquidatedOn,
        @Size(max = 200) String party,
        @Pattern(regexp = "\\d{8}", message = "must be an EDRPOU code of 8 digits") String code) {
}
