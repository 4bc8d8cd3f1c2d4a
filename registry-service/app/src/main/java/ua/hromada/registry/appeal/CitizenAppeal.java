package ua.hromada.registry.appeal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealResolvedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.registry.api.appeal.CorrectCitizenAppealCommand;
import ua.hromada.registry.api.appeal.ReceiveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.ResolveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.WithdrawCitizenAppealCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;
import ua.hromada.web.problem.BusinessRuleViolationException;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A resident's appeal to the council, from its receipt through the council's resolution. Its identifier is
 * tenant-scoped and the command bus lets only the owning tenant's commands reach it.
 */
@Aggregate
class CitizenAppeal {

    static final String RECORD_TYPE = "Citizen appeal";

    @AggregateIdentifier
    private CitizenAppealId citizenAppealId;
    /** What the registering command said, to recognise its repeats whatever happened since. */
    private CitizenAppealDetails receivedAs;
    private CitizenAppealDetails details;
    private boolean withdrawn;

    CitizenAppeal() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Registers the appeal, and for an imported historical one also its resolution; or recognises an identical
     * repeat and records nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(ReceiveCitizenAppealCommand command, Clock clock) {
        CitizenAppealDetails received = new CitizenAppealDetails(command.channel(), command.receivedOn(),
                command.topic(), command.applicantName(), command.resolvedOn());
        validate(received, clock);
        if (citizenAppealId != null) {
            if (received.equals(receivedAs)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            if (withdrawn) {
                throw RecordRules.withdrawn(RECORD_TYPE, citizenAppealId);
            }
            throw RecordRules.idConflict(RECORD_TYPE, citizenAppealId);
        }
        CitizenAppealId id = command.citizenAppealId();
        apply(new CitizenAppealReceivedEvent(id, received.channel(), received.receivedOn(), received.topic(),
                received.applicantName(), received.resolvedOn()));
        if (received.resolvedOn() != null) {
            apply(new CitizenAppealResolvedEvent(id, received.channel(), received.resolvedOn()));
        }
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    void handle(ResolveCitizenAppealCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.resolvedOn(), "resolvedOn");
        if (details.resolvedOn() != null) {
            throw new BusinessRuleViolationException("already_resolved", "resolvedOn", RECORD_TYPE + " "
                    + RecordRules.clientIdOf(citizenAppealId) + " was already resolved on " + details.resolvedOn()
                    + "; a wrong date is fixed by a correction.");
        }
        RecordRules.notInFuture(command.resolvedOn(), "resolvedOn", clock);
        RecordRules.notBefore(command.resolvedOn(), "resolvedOn", details.receivedOn(), "receivedOn");
        apply(new CitizenAppealResolvedEvent(citizenAppealId, details.channel(), command.resolvedOn()));
    }

    @CommandHandler
    void handle(CorrectCitizenAppealCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(details)) {
            throw RecordRules.nothingToCorrect(RECORD_TYPE, citizenAppealId);
        }
        apply(new CitizenAppealCorrectedEvent(citizenAppealId, details, command.corrected(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawCitizenAppealCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new CitizenAppealWithdrawnEvent(citizenAppealId, details, command.reason()));
    }

    private static void validate(CitizenAppealDetails appeal, Clock clock) {
        RecordRules.require(appeal.channel(), "channel");
        RecordRules.require(appeal.receivedOn(), "receivedOn");
        RecordRules.notInFuture(appeal.receivedOn(), "receivedOn", clock);
        RecordRules.notInFuture(appeal.resolvedOn(), "resolvedOn", clock);
        RecordRules.notBefore(appeal.resolvedOn(), "resolvedOn", appeal.receivedOn(), "receivedOn");
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, citizenAppealId);
        }
    }

    @EventSourcingHandler
    void on(CitizenAppealReceivedEvent event) {
        citizenAppealId = event.citizenAppealId();
        receivedAs = new CitizenAppealDetails(event.channel(), event.receivedOn(), event.topic(),
                event.applicantName(), event.resolvedOn());
        details = new CitizenAppealDetails(event.channel(), event.receivedOn(), event.topic(),
                event.applicantName(), null);
    }

    @EventSourcingHandler
    void on(CitizenAppealResolvedEvent event) {
        details = new CitizenAppealDetails(details.channel(), details.receivedOn(), details.topic(),
                details.applicantName(), event.resolvedOn());
    }

    @EventSourcingHandler
    void on(CitizenAppealCorrectedEvent event) {
        details = event.corrected();
    }

    @EventSourcingHandler
    void on(CitizenAppealWithdrawnEvent event) {
        withdrawn = true;
    }
}
