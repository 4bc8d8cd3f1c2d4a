package ua.hromada.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.organisation.OrganisationKind;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/organisations}.
 *
 * @param id a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 */
record RegisterOrganisationRequest(
        @Pattern(regexp = OrganisationController.ID_PATTERN, message = OrganisationController.ID_RULE) String id,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 500) String name,
        @NotNull LocalDate registeredOn,
        @Size(max = 200) String party,
        @Pattern(regexp = "\\d{8}", message = "must be an EDRPOU code of 8 digits") String code) {
}
