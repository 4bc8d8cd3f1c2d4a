package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/**
 * An organisation as the register shows it to its council, with its current state.
 *
 * @param id          the id the client chose (or the service generated), unique within the council
 * @param corrections how many times an admin corrected the record (its history shows each)
 * @param version     the sequence number of the record's last event; a change may name it in {@code If-Match}
 */
public record OrganisationView(
        String id,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        LocalDate liquidatedOn,
        String party,
        String code,
        OrganisationStatus status,
        int corrections,
        long version) {
}
