package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that an organisation ceased to exist on {@code liquidatedOn}; it stays in the register's history. */
public record LiquidateOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        LocalDate liquidatedOn) {
}
