package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/**
 * An organisation as the register shows it to its council.
 *
 * @param id the id the client chose (or the service generated), unique within the council
 */
public record OrganisationView(
        String id,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        String party,
        String code) {
}
