package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/** An organisation as the register shows it. */
public record OrganisationView(
        OrganisationId id,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        String party,
        String code) {
}
