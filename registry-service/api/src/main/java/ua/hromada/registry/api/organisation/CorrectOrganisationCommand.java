package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin's correction of what was recorded wrongly (a mistyped date, a wrong kind, a liquidation entered by
 * mistake): {@code corrected} replaces the organisation's details as a new event, the original stays in the history.
 */
public record CorrectOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        OrganisationDetails corrected,
        String reason) {
}
