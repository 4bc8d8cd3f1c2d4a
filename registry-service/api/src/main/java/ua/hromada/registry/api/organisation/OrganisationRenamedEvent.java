package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An organisation took a new name on {@code renamedOn}; the register keeps the one it had before. */
@Revision("1")
public record OrganisationRenamedEvent(
        OrganisationId organisationId,
        String previousName,
        String name,
        LocalDate renamedOn) {
}
