package ua.hromada.registry.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRegistration;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An organisation in a council's register. Its identifier is tenant-scoped ({@code <tenant>:<client id>}) and the
 * platform's command handler interceptor lets only commands of that tenant reach it, so the aggregate itself never
 * has to compare tenants.
 */
@Aggregate
class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;
    private OrganisationRegisteredEvent registration;

    Organisation() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Creates the organisation, or, when its client-chosen id is taken, accepts an identical repeat without
     * recording anything (so a retried request is harmless) and refuses anything else.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    OrganisationRegistration handle(RegisterOrganisationCommand command, Clock clock) {
        validate(command, clock);
        OrganisationRegisteredEvent registered = new OrganisationRegisteredEvent(command.organisationId(),
                command.kind(), command.name(), command.registeredOn(), command.party(), command.code());
        if (organisationId == null) {
            apply(registered);
            return new OrganisationRegistration(command.organisationId(), true);
        }
        if (registered.equals(registration)) {
            return new OrganisationRegistration(organisationId, false);
        }
        throw new ConflictException("id_conflict", "id", "Organisation id "
                + TenantScopedId.parse(organisationId.value()).clientId()
                + " is already registered with different details.");
    }

    private static void validate(RegisterOrganisationCommand command, Clock clock) {
        if (command.kind() == null) {
            throw new InvalidInputException("required", "kind", "kind is required");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInputException("required", "name", "name must not be blank");
        }
        if (command.registeredOn() == null) {
            throw new InvalidInputException("required", "registeredOn", "registeredOn is required");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.registeredOn().isAfter(today)) {
            throw new BusinessRuleViolationException("registered_in_future", "registeredOn",
                    "registeredOn " + command.registeredOn() + " is after today (" + today + ")");
        }
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        organisationId = event.organisationId();
        registration = event;
    }
}
