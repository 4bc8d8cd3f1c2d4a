package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/**
 * Everything the register states about an organisation that an admin may correct, lifecycle dates included.
 *
 * @param liquidatedOn the day it was liquidated, or {@code null} while it exists
 * @param party        the political party, for party cells
 * @param code         the EDRPOU code, when known
 */
public record OrganisationDetails(
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        LocalDate liquidatedOn,
        String party,
        String code) {
}
