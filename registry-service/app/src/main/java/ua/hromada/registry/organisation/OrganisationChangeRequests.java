package ua.hromada.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.organisation.OrganisationKind;

import java.time.LocalDate;

/** The bodies of the state changes of an organisation, {@code POST /api/registry/organisations/{id}/<change>}. */
final class OrganisationChangeRequests {

    private OrganisationChangeRequests() {
    }

    /** {@code /amendment}: the party and code from {@code amendedOn} on (both, as they now are). */
    record Amendment(
            @Size(max = 200) String party,
            @Pattern(regexp = "\\d{8}", message = "must be an EDRPOU code of 8 digits") String code,
            @NotNull LocalDate amendedOn) {
    }

    /** {@code /renaming}. */
    record Renaming(@NotBlank @Size(max = 500) String name, @NotNull LocalDate renamedOn) {
    }

    /** {@code /liquidation}. */
    record Liquidation(@NotNull LocalDate liquidatedOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, and why. */
    record Correction(
            @NotNull OrganisationKind kind,
            @NotBlank @Size(max = 500) String name,
            @NotNull LocalDate registeredOn,
            LocalDate liquidatedOn,
            @Size(max = 200) String party,
            @Pattern(regexp = "\\d{8}", message = "must be an EDRPOU code of 8 digits") String code,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
