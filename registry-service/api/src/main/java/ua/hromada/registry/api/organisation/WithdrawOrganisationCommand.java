package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin withdraws an organisation's record that was entered in error: it stops counting anywhere. */
public record WithdrawOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String reason) {
}
