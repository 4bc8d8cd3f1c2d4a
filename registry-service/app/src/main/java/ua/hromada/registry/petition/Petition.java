package ua.hromada.registry.petition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.petition.AnswerPetitionCommand;
import ua.hromada.registry.api.petition.CorrectPetitionCommand;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionCorrectedEvent;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionSignaturesRecordedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.petition.PetitionWithdrawnEvent;
import ua.hromada.registry.api.petition.PublishPetitionCommand;
import ua.hromada.registry.api.petition.RecordPetitionSignaturesCommand;
import ua.hromada.registry.api.petition.RejectPetitionCommand;
import ua.hromada.registry.api.petition.SubmitPetitionCommand;
import ua.hromada.registry.api.petition.WithdrawPetitionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An e-petition to the council: submitted, moderated (published to collect signatures, or rejected), and answered
 * by the council once published. Reports count the petitions submitted in a period by the status they reached.
 */
@Aggregate
class Petition {

    private static final String RECORD_TYPE = "Petition";

    @AggregateIdentifier
    private PetitionId petitionId;
    /** What the submitting command said, to recognise its repeats. */
    private PetitionDetails recorded;
    private PetitionDetails current;
    private boolean withdrawn;

    Petition() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Records the petition and, for an import of a past one, the steps its status implies (published, signatures
     * collected, answered; or rejected), or accepts an identical repeat without recording anything.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(SubmitPetitionCommand command, Clock clock) {
        PetitionDetails details = command.details();
        validate(details, clock);
        if (petitionId == null) {
            PetitionId id = command.petitionId();
            apply(new PetitionSubmittedEvent(id, details.title(), details.submittedOn(), details.author(), details));
            if (details.status() == PetitionStatus.PUBLISHED || details.status() == PetitionStatus.ANSWERED) {
                apply(new PetitionPublishedEvent(id, details.submittedOn(), details.publishedOn()));
                if (details.signatures() > 0) {
                    apply(new PetitionSignaturesRecordedEvent(id, details.signatures()));
                }
            }
            if (details.status() == PetitionStatus.ANSWERED) {
                apply(new PetitionAnsweredEvent(id, details.submittedOn(), details.answeredOn()));
            }
            if (details.status() == PetitionStatus.REJECTED) {
                apply(new PetitionRejectedEvent(id, details.submittedOn(), details.rejectedOn(), null));
            }
            return CreationOutcome.CREATED;
        }
        if (details.equals(recorded)) {
            return CreationOutcome.ALREADY_RECORDED;
        }
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, petitionId);
        }
        throw RecordRules.idConflict(RECORD_TYPE, petitionId);
    }

    @CommandHandler
    void handle(PublishPetitionCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.publishedOn(), "publishedOn");
        requireTransition(PetitionStatus.MODERATION, PetitionStatus.PUBLISHED);
        RecordRules.notInFuture(command.publishedOn(), "publishedOn", clock);
        RecordRules.notBefore(command.publishedOn(), "publishedOn", current.submittedOn(), "submittedOn");
        apply(new PetitionPublishedEvent(petitionId, current.submittedOn(), command.publishedOn()));
    }

    @CommandHandler
    void handle(RejectPetitionCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.rejectedOn(), "rejectedOn");
        RecordRules.requireText(command.reason(), "reason");
        requireTransition(PetitionStatus.MODERATION, PetitionStatus.REJECTED);
        RecordRules.notInFuture(command.rejectedOn(), "rejectedOn", clock);
        RecordRules.notBefore(command.rejectedOn(), "rejectedOn", current.submittedOn(), "submittedOn");
        apply(new PetitionRejectedEvent(petitionId, current.submittedOn(), command.rejectedOn(), command.reason()));
    }

    @CommandHandler
    void handle(RecordPetitionSignaturesCommand command) {
        refuseIfWithdrawn();
        requireNotNegative(command.signatures(), "signatures");
        if (current.status() != PetitionStatus.PUBLISHED) {
            throw new BusinessRuleViolationException("not_published", "status", "Petition "
                    + RecordRules.clientIdOf(petitionId) + " is " + current.status().value()
                    + ": it collects signatures only while published.");
        }
        if (command.signatures() < current.signatures()) {
            throw new BusinessRuleViolationException("signatures_decreased", "signatures", "Petition "
                    + RecordRules.clientIdOf(petitionId) + " already has " + current.signatures()
                    + " signatures; a lower count is fixed by a correction.");
        }
        if (command.signatures() == current.signatures()) {
            return;
        }
        apply(new PetitionSignaturesRecordedEvent(petitionId, command.signatures()));
    }

    @CommandHandler
    void handle(AnswerPetitionCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.answeredOn(), "answeredOn");
        requireTransition(PetitionStatus.PUBLISHED, PetitionStatus.ANSWERED);
        RecordRules.notInFuture(command.answeredOn(), "answeredOn", clock);
        RecordRules.notBefore(command.answeredOn(), "answeredOn", current.publishedOn(), "publishedOn");
        apply(new PetitionAnsweredEvent(petitionId, current.submittedOn(), command.answeredOn()));
    }

    @CommandHandler
    void handle(CorrectPetitionCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(current)) {
            throw RecordRules.nothingToCorrect("petition", petitionId);
        }
        apply(new PetitionCorrectedEvent(petitionId, current, command.corrected(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawPetitionCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new PetitionWithdrawnEvent(petitionId, current, command.reason()));
    }

    /**
     * The rules a petition's details follow, whether submitted, imported or corrected: the dates its status needs
     * and no others, and signatures only for a petition that was published.
     */
    private static void validate(PetitionDetails details, Clock clock) {
        RecordRules.requireText(details.title(), "title");
        RecordRules.require(details.submittedOn(), "submittedOn");
        RecordRules.require(details.status(), "status");
        requireNotNegative(details.signatures(), "signatures");
        PetitionStatus status = details.status();
        switch (status) {
            case MODERATION -> {
                absentFor(status, details.publishedOn(), "publishedOn");
                absentFor(status, details.rejectedOn(), "rejectedOn");
                absentFor(status, details.answeredOn(), "answeredOn");
                noSignaturesFor(status, details.signatures());
            }
            case PUBLISHED -> {
                RecordRules.require(details.publishedOn(), "publishedOn");
                absentFor(status, details.rejectedOn(), "rejectedOn");
                absentFor(status, details.answeredOn(), "answeredOn");
            }
            case REJECTED -> {
                RecordRules.require(details.rejectedOn(), "rejectedOn");
                absentFor(status, details.publishedOn(), "publishedOn");
                absentFor(status, details.answeredOn(), "answeredOn");
                noSignaturesFor(status, details.signatures());
            }
            case ANSWERED -> {
                RecordRules.require(details.publishedOn(), "publishedOn");
                RecordRules.require(details.answeredOn(), "answeredOn");
                absentFor(status, details.rejectedOn(), "rejectedOn");
            }
        }
        RecordRules.notInFuture(details.submittedOn(), "submittedOn", clock);
        RecordRules.notInFuture(details.publishedOn(), "publishedOn", clock);
        RecordRules.notInFuture(details.rejectedOn(), "rejectedOn", clock);
        RecordRules.notInFuture(details.answeredOn(), "answeredOn", clock);
        RecordRules.notBefore(details.publishedOn(), "publishedOn", details.submittedOn(), "submittedOn");
        RecordRules.notBefore(details.rejectedOn(), "rejectedOn", details.submittedOn(), "submittedOn");
        RecordRules.notBefore(details.answeredOn(), "answeredOn", details.publishedOn(), "publishedOn");
    }

    private static void absentFor(PetitionStatus status, LocalDate date, String field) {
        if (date != null) {
            throw new BusinessRuleViolationException("status_mismatch", field, field + " does not fit a petition"
                    + " with status " + status.value() + "; give the status the petition reached.");
        }
    }

    private static void noSignaturesFor(PetitionStatus status, int signatures) {
        if (signatures > 0) {
            throw new BusinessRuleViolationException("status_mismatch", "signatures", "A petition with status "
                    + status.value() + " was never published and collected no signatures.");
        }
    }

    private static void requireNotNegative(int count, String field) {
        if (count < 0) {
            throw new InvalidInputException("negative_number", field, field + " must not be negative");
        }
    }

    private void requireTransition(PetitionStatus from, PetitionStatus to) {
        if (current.status() != from) {
            throw new BusinessRuleViolationException("invalid_transition", "status", "Petition "
                    + RecordRules.clientIdOf(petitionId) + " cannot go from " + current.status().value() + " to "
                    + to.value() + " (only from " + from.value() + ").");
        }
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, petitionId);
        }
    }

    @EventSourcingHandler
    void on(PetitionSubmittedEvent event) {
        petitionId = event.petitionId();
        recorded = event.recorded();
        current = new PetitionDetails(event.title(), event.submittedOn(), event.author(), 0,
                PetitionStatus.MODERATION, null, null, null);
    }

    @EventSourcingHandler
    void on(PetitionPublishedEvent event) {
        current = new PetitionDetails(current.title(), current.submittedOn(), current.author(), current.signatures(),
                PetitionStatus.PUBLISHED, event.publishedOn(), current.rejectedOn(), current.answeredOn());
    }

    @EventSourcingHandler
    void on(PetitionRejectedEvent event) {
        current = new PetitionDetails(current.title(), current.submittedOn(), current.author(), current.signatures(),
                PetitionStatus.REJECTED, current.publishedOn(), event.rejectedOn(), current.answeredOn());
    }

    @EventSourcingHandler
    void on(PetitionSignaturesRecordedEvent event) {
        current = new PetitionDetails(current.title(), current.submittedOn(), current.author(), event.signatures(),
                current.status(), current.publishedOn(), current.rejectedOn(), current.answeredOn());
    }

    @EventSourcingHandler
    void on(PetitionAnsweredEvent event) {
        current = new PetitionDetails(current.title(), current.submittedOn(), current.author(), current.signatures(),
                PetitionStatus.ANSWERED, current.publishedOn(), current.rejectedOn(), event.answeredOn());
    }

    @EventSourcingHandler
    void on(PetitionCorrectedEvent event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(PetitionWithdrawnEvent event) {
        withdrawn = true;
    }
}
