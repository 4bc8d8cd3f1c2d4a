package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An organisation ceased to exist on {@code liquidatedOn}: from the end of that day it no longer counts in the
 * register. Carries the kind so that counts by kind need nothing else.
 */
@Revision("1")
public record OrganisationLiquidatedEvent(
        OrganisationId organisationId,
        OrganisationKind kind,
        LocalDate liquidatedOn) {
}
