package ua.hromada.registry.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that an organisation took a new name on {@code renamedOn}. */
public record RenameOrganisationCommand(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String name,
        LocalDate renamedOn) {
}
