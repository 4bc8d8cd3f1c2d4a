package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a change of an organisation's registration details other than its name (its party or EDRPOU code), as
 * the state registrar reported it on {@code amendedOn}.
 */
public record AmendOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String party,
        String code,
        LocalDate amendedOn) {
}
