package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Enters an organisation into the register. Repeating it with the same id and the same content changes nothing;
 * the same id with other content is refused. A historical record may come already liquidated.
 *
 * @param organisationId the tenant-scoped id of the organisation; it must belong to the tenant the command carries
 * @param registeredOn   the day the organisation was registered (business date)
 * @param liquidatedOn   the day it was liquidated, for a record of an organisation that no longer exists
 * @param party          the political party, for party cells
 * @param code           the EDRPOU code, when known
 */
public record RegisterOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        OrganisationKind kind,
        String name,
        LocalDate registeredOn,
        LocalDate liquidatedOn,
        String party,
        String code) {

    public OrganisationDetails details() {
        return new OrganisationDetails(kind, name, registeredOn, liquidatedOn, party, code);
    }
}
