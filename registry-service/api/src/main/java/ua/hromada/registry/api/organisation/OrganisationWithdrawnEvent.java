package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

/**
 * An organisation's record was withdrawn as entered in error. Carries the details it had, so that everything it
 * counted towards can be taken back without looking elsewhere.
 */
@Revision("1")
public record OrganisationWithdrawnEvent(
        OrganisationId organisationId,
        OrganisationDetails withdrawn,
        String reason) {
}
