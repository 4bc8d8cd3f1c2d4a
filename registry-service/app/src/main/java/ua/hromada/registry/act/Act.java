package ua.hromada.registry.act;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActPublishedEvent;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.act.AdoptActCommand;
import ua.hromada.registry.api.act.CorrectActCommand;
import ua.hromada.registry.api.act.PublishActCommand;
import ua.hromada.registry.api.act.RecordActCommand;
import ua.hromada.registry.api.act.WithdrawActCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;
import ua.hromada.web.problem.BusinessRuleViolationException;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An act in the council's register: a head's directive, a decision, a draft decision or a protocol, going from
 * drafted to adopted to published. A draft decision is published for discussion but never adopted itself.
 */
@Aggregate
class Act {

    private static final String RECORD_TYPE = "Act";

    @AggregateIdentifier
    private ActId actId;
    /** What the recording command said, to recognise its repeats. */
    private ActDetails recorded;
    private ActDetails current;
    private boolean withdrawn;

    Act() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Records the act and the steps its details imply (drafted, adopted, published, in that order), or accepts an
     * identical repeat without recording anything.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(RecordActCommand command, Clock clock) {
        ActDetails details = command.details();
        validate(details, clock);
        if (actId == null) {
            ActId id = command.actId();
            if (details.draftedOn() != null) {
                apply(new ActDraftedEvent(id, details.kind(), details.number(), details.title(), details.draftedOn(),
                        details.preparedByDepartment(), details));
            }
            if (details.adoptedOn() != null) {
                apply(new ActAdoptedEvent(id, details.kind(), details.number(), details.title(),
                        details.adoptedOn(), details.preparedByDepartment(),
                        details.draftedOn() == null ? details : null));
            }
            if (details.publishedOn() != null) {
                apply(new ActPublishedEvent(id, details.kind(), details.number(), details.publishedOn(),
                        details.preparedByDepartment()));
            }
            return CreationOutcome.CREATED;
        }
        if (details.equals(recorded)) {
            return CreationOutcome.ALREADY_RECORDED;
        }
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, actId);
        }
        throw RecordRules.idConflict(RECORD_TYPE, actId);
    }

    @CommandHandler
    void handle(AdoptActCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.adoptedOn(), "adoptedOn");
        if (current.kind() == ActKind.DRAFT_DECISION) {
            throw draftNotAdoptable();
        }
        if (current.adoptedOn() != null) {
            throw new BusinessRuleViolationException("already_adopted", "adoptedOn", "Act "
                    + RecordRules.clientIdOf(actId) + " was already adopted on " + current.adoptedOn() + ".");
        }
        String number = command.number() == null || command.number().isBlank() ? current.number() : command.number();
        RecordRules.requireText(number, "number");
        RecordRules.notInFuture(command.adoptedOn(), "adoptedOn", clock);
        RecordRules.notBefore(command.adoptedOn(), "adoptedOn", current.draftedOn(), "draftedOn");
        apply(new ActAdoptedEvent(actId, current.kind(), number, current.title(), command.adoptedOn(),
                current.preparedByDepartment(), null));
    }

    @CommandHandler
    void handle(PublishActCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.publishedOn(), "publishedOn");
        if (current.publishedOn() != null) {
            throw new BusinessRuleViolationException("already_published", "publishedOn", "Act "
                    + RecordRules.clientIdOf(actId) + " was already published on " + current.publishedOn() + ".");
        }
        ActDetails published = withPublishedOn(current, command.publishedOn());
        requirePublishable(published, clock);
        apply(new ActPublishedEvent(actId, current.kind(), current.number(), command.publishedOn(),
                current.preparedByDepartment()));
    }

    @CommandHandler
    void handle(CorrectActCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(current)) {
            throw RecordRules.nothingToCorrect("act", actId);
        }
        apply(new ActCorrectedEvent(actId, current, command.corrected(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawActCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new ActWithdrawnEvent(actId, current, command.reason()));
    }

    /** The rules an act's details follow, whether recorded, corrected or reached step by step. */
    private static void validate(ActDetails details, Clock clock) {
        RecordRules.require(details.kind(), "kind");
        if (details.kind() == ActKind.DRAFT_DECISION) {
            RecordRules.require(details.draftedOn(), "draftedOn");
            if (details.adoptedOn() != null) {
                throw draftNotAdoptable();
            }
        } else if (details.draftedOn() == null) {
            RecordRules.require(details.adoptedOn(), "adoptedOn");
        }
        RecordRules.notInFuture(details.draftedOn(), "draftedOn", clock);
        RecordRules.notInFuture(details.adoptedOn(), "adoptedOn", clock);
        RecordRules.notBefore(details.adoptedOn(), "adoptedOn", details.draftedOn(), "draftedOn");
        requirePublishable(details, clock);
    }

    /** Only an adopted act, or a draft decision (for discussion), is published, and not before it exists. */
    private static void requirePublishable(ActDetails details, Clock clock) {
        if (details.publishedOn() == null) {
            return;
        }
        if (details.kind() != ActKind.DRAFT_DECISION && details.adoptedOn() == null) {
            throw new BusinessRuleViolationException("not_adopted", "publishedOn", "A "
                    + details.kind().value() + " is published once adopted; this one is still a draft.");
        }
        RecordRules.notInFuture(details.publishedOn(), "publishedOn", clock);
        if (details.adoptedOn() != null) {
            RecordRules.notBefore(details.publishedOn(), "publishedOn", details.adoptedOn(), "adoptedOn");
        } else {
            RecordRules.notBefore(details.publishedOn(), "publishedOn", details.draftedOn(), "draftedOn");
        }
    }

    private static BusinessRuleViolationException draftNotAdoptable() {
        return new BusinessRuleViolationException("draft_not_adoptable", "adoptedOn",
                "A draft decision is never adopted itself; the decision adopted on it is recorded as an act of its"
                        + " own.");
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, actId);
        }
    }

    private static ActDetails withPublishedOn(ActDetails details, LocalDate publishedOn) {
        return new ActDetails(details.kind(), details.number(), details.title(), details.draftedOn(),
                details.adoptedOn(), publishedOn, details.preparedByDepartment());
    }

    @EventSourcingHandler
    void on(ActDraftedEvent event) {
        actId = event.actId();
        recorded = event.recorded();
        current = new ActDetails(event.kind(), event.number(), event.title(), event.draftedOn(), null, null,
                event.preparedByDepartment());
    }

    @EventSourcingHandler
    void on(ActAdoptedEvent event) {
        if (event.recorded() != null) {
            actId = event.actId();
            recorded = event.recorded();
            current = new ActDetails(event.kind(), event.number(), event.title(), null, event.adoptedOn(), null,
                    event.preparedByDepartment());
            return;
        }
        current = new ActDetails(current.kind(), event.number(), current.title(), current.draftedOn(),
                event.adoptedOn(), current.publishedOn(), current.preparedByDepartment());
    }

    @EventSourcingHandler
    void on(ActPublishedEvent event) {
        current = withPublishedOn(current, event.publishedOn());
    }

    @EventSourcingHandler
    void on(ActCorrectedEvent event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(ActWithdrawnEvent event) {
        withdrawn = true;
    }
}
