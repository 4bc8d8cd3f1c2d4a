package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

/**
 * An admin corrected an organisation's record. Both the details before and after travel with it, so a reader
 * (a report "as known at" an earlier moment, an auditor) can undo exactly what the original said.
 */
@Revision("1")
public record OrganisationCorrectedEvent(
        OrganisationId organisationId,
        OrganisationDetails previous,
        OrganisationDetails corrected,
        String reason) {
}
