package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An organisation was entered into the register. The tenant and the user who recorded it travel in the event's
 * metadata; {@code registeredOn} is the business date, independent of when the platform learnt of it.
 * <p>
 * Revision 2: {@code organisationId} is tenant-scoped ({@code <tenant>:<client id>}); revision 1, from before
 * single sign-on, held the client id alone and is upcast by prefixing the tenant of the event's metadata.
 */
@Revision("2")
public record OrganisationRegisteredEvent(
        OrganisationId organisationId,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        String party,
        String code) {
}
