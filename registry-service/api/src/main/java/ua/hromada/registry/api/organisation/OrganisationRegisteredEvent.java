package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An organisation was entered into the register. The tenant and the user who recorded it travel in the event's
 * metadata; {@code registeredOn} is the business date, independent of when the platform learnt of it.
 */
@Revision("1")
public record OrganisationRegisteredEvent(
        OrganisationId organisationId,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        String party,
        String code) {
}
