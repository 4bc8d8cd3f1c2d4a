package ua.hromada.registry.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.organisation.AmendOrganisationCommand;
import ua.hromada.registry.api.organisation.CorrectOrganisationCommand;
import ua.hromada.registry.api.organisation.LiquidateOrganisationCommand;
import ua.hromada.registry.api.organisation.OrganisationAmendedEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRenamedEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.registry.api.organisation.RenameOrganisationCommand;
import ua.hromada.registry.api.organisation.WithdrawOrganisationCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.web.problem.BusinessRuleViolationException;

import java.time.Clock;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static ua.hromada.registry.record.RecordRules.idConflict;
import static ua.hromada.registry.record.RecordRules.notBefore;
import static ua.hromada.registry.record.RecordRules.notInFuture;
import static ua.hromada.registry.record.RecordRules.nothingToCorrect;
import static ua.hromada.registry.record.RecordRules.require;
import static ua.hromada.registry.record.RecordRules.requireReason;
import static ua.hromada.registry.record.RecordRules.requireText;
import static ua.hromada.registry.record.RecordRules.withdrawn;

/**
 * An organisation in a council's register: registered, amended or renamed while it exists, liquidated when it
 * ceases to. An admin may correct what was recorded wrongly or withdraw a record entered in error; both are new
 * events, so the history keeps what was first recorded. Its identifier is tenant-scoped ({@code <tenant>:<client
 * id>}) and the platform's command handler interceptor lets only commands of that tenant reach it.
 */
@Aggregate
class Organisation {

    private static final String TYPE = "Organisation";

    @AggregateIdentifier
    private OrganisationId organisationId;
    private OrganisationRegisteredEvent registration;
    private OrganisationDetails details;
    private boolean withdrawn;

    Organisation() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Creates the organisation, or, when its client-chosen id is taken, accepts an identical repeat without
     * recording anything (so a retried request or a re-imported line is harmless) and refuses anything else.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(RegisterOrganisationCommand command, Clock clock) {
        if (organisationId != null) {
            if (repeats(command)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            throw idConflict(TYPE, organisationId);
        }
        OrganisationDetails requested = command.details();
        validate(requested, clock);
        apply(new OrganisationRegisteredEvent(command.organisationId(), requested.kind(), requested.name(),
                requested.registeredOn(), requested.party(), requested.code()));
        if (requested.liquidatedOn() != null) {
            apply(new OrganisationLiquidatedEvent(command.organisationId(), requested.kind(),
                    requested.liquidatedOn()));
        }
        return CreationOutcome.CREATED;
    }

    /** The registration as first recorded, and, if the command states a liquidation, the one recorded now. */
    private boolean repeats(RegisterOrganisationCommand command) {
        return new OrganisationRegisteredEvent(organisationId, command.kind(), command.name(), command.registeredOn(),
                command.party(), command.code()).equals(registration)
                && (command.liquidatedOn() == null || command.liquidatedOn().equals(details.liquidatedOn()));
    }

    @CommandHandler
    void handle(AmendOrganisationCommand command, Clock clock) {
        requireExisting();
        require(command.amendedOn(), "amendedOn");
        notInFuture(command.amendedOn(), "amendedOn", clock);
        notBefore(command.amendedOn(), "amendedOn", details.registeredOn(), "registeredOn");
        if (Objects.equals(command.party(), details.party()) && Objects.equals(command.code(), details.code())) {
            throw new BusinessRuleViolationException("nothing_to_amend", null,
                    "The amendment changes neither party nor code.");
        }
        apply(new OrganisationAmendedEvent(organisationId, command.party(), command.code(), command.amendedOn()));
    }

    @CommandHandler
    void handle(RenameOrganisationCommand command, Clock clock) {
        requireExisting();
        requireText(command.name(), "name");
        require(command.renamedOn(), "renamedOn");
        notInFuture(command.renamedOn(), "renamedOn", clock);
        notBefore(command.renamedOn(), "renamedOn", details.registeredOn(), "registeredOn");
        if (command.name().equals(details.name())) {
            throw new BusinessRuleViolationException("same_name", "name",
                    "The organisation is already called " + details.name() + ".");
        }
        apply(new OrganisationRenamedEvent(organisationId, details.name(), command.name(), command.renamedOn()));
    }

    @CommandHandler
    void handle(LiquidateOrganisationCommand command, Clock clock) {
        requireExisting();
        require(command.liquidatedOn(), "liquidatedOn");
        notInFuture(command.liquidatedOn(), "liquidatedOn", clock);
        notBefore(command.liquidatedOn(), "liquidatedOn", details.registeredOn(), "registeredOn");
        apply(new OrganisationLiquidatedEvent(organisationId, details.kind(), command.liquidatedOn()));
    }

    @CommandHandler
    void handle(CorrectOrganisationCommand command, Clock clock) {
        if (withdrawn) {
            throw withdrawn(TYPE, organisationId);
        }
        requireReason(command.reason());
        require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(details)) {
            throw nothingToCorrect(TYPE, organisationId);
        }
        apply(new OrganisationCorrectedEvent(organisationId, details, command.corrected(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawOrganisationCommand command) {
        if (withdrawn) {
            return;
        }
        requireReason(command.reason());
        apply(new OrganisationWithdrawnEvent(organisationId, details, command.reason()));
    }

    /** Lifecycle changes need an organisation that exists in the register: not withdrawn, not liquidated. */
    private void requireExisting() {
        if (withdrawn) {
            throw withdrawn(TYPE, organisationId);
        }
        if (details.liquidatedOn() != null) {
            throw new BusinessRuleViolationException("already_liquidated", "liquidatedOn",
                    "The organisation was liquidated on " + details.liquidatedOn() + ".");
        }
    }

    private static void validate(OrganisationDetails details, Clock clock) {
        require(details.kind(), "kind");
        requireText(details.name(), "name");
        require(details.registeredOn(), "registeredOn");
        notInFuture(details.registeredOn(), "registeredOn", clock);
        notInFuture(details.liquidatedOn(), "liquidatedOn", clock);
        notBefore(details.liquidatedOn(), "liquidatedOn", details.registeredOn(), "registeredOn");
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        organisationId = event.organisationId();
        registration = event;
        details = new OrganisationDetails(event.kind(), event.name(), event.registeredOn(), null, event.party(),
                event.code());
    }

    @EventSourcingHandler
    void on(OrganisationAmendedEvent event) {
        details = new OrganisationDetails(details.kind(), details.name(), details.registeredOn(),
                details.liquidatedOn(), event.party(), event.code());
    }

    @EventSourcingHandler
    void on(OrganisationRenamedEvent event) {
        details = new OrganisationDetails(details.kind(), event.name(), details.registeredOn(),
                details.liquidatedOn(), details.party(), details.code());
    }

    @EventSourcingHandler
    void on(OrganisationLiquidatedEvent event) {
        details = new OrganisationDetails(details.kind(), details.name(), details.registeredOn(),
                event.liquidatedOn(), details.party(), details.code());
    }

    @EventSourcingHandler
    void on(OrganisationCorrectedEvent event) {
        details = event.corrected();
    }

    @EventSourcingHandler
    void on(OrganisationWithdrawnEvent event) {
        withdrawn = true;
    }
}
