package ua.hromada.registry.correspondence;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.correspondence.AnswerIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.CorrectIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.PutIncomingDocumentOnLongTermControlCommand;
import ua.hromada.registry.api.correspondence.ReceiveIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.TakeIncomingDocumentOffLongTermControlCommand;
import ua.hromada.registry.api.correspondence.WithdrawIncomingDocumentCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;
import ua.hromada.web.problem.BusinessRuleViolationException;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A document the council received, from registration through its answer and any periods on long-term control.
 * Its identifier is tenant-scoped and the command bus lets only the owning tenant's commands reach it.
 */
@Aggregate
class IncomingDocument {

    static final String RECORD_TYPE = "Incoming document";

    @AggregateIdentifier
    private IncomingDocumentId incomingDocumentId;
    /** What the registering command said, to recognise its repeats whatever happened since. */
    private IncomingDocumentDetails receivedAs;
    private IncomingDocumentDetails details;
    /** First day of the current control period, {@code null} while not on long-term control. */
    private LocalDate controlSince;
    /** Last day of the latest control period that ended, {@code null} if none did. */
    private LocalDate controlEndedOn;
    private boolean withdrawn;

    IncomingDocument() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Registers the document, and for an imported historical one also its answer and its being on long-term control
     * since the day it was received; or recognises an identical repeat and records nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(ReceiveIncomingDocumentCommand command, Clock clock) {
        IncomingDocumentDetails received = new IncomingDocumentDetails(command.kind(), command.receivedOn(),
                command.sender(), command.subject(), command.registrationNumber(), command.answeredOn(),
                command.longTermControl());
        validate(received, clock);
        if (incomingDocumentId != null) {
            if (received.equals(receivedAs)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            if (withdrawn) {
                throw RecordRules.withdrawn(RECORD_TYPE, incomingDocumentId);
            }
            throw RecordRules.idConflict(RECORD_TYPE, incomingDocumentId);
        }
        IncomingDocumentId id = command.incomingDocumentId();
        apply(new IncomingDocumentReceivedEvent(id, received.kind(), received.receivedOn(), received.sender(),
                received.subject(), received.registrationNumber(), received.answeredOn(),
                received.longTermControl()));
        if (received.answeredOn() != null) {
            apply(new IncomingDocumentAnsweredEvent(id, received.kind(), received.answeredOn()));
        }
        if (received.longTermControl()) {
            apply(new IncomingDocumentPutOnLongTermControlEvent(id, received.receivedOn()));
        }
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    void handle(AnswerIncomingDocumentCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.answeredOn(), "answeredOn");
        if (details.answeredOn() != null) {
            throw new BusinessRuleViolationException("already_answered", "answeredOn", RECORD_TYPE + " "
                    + RecordRules.clientIdOf(incomingDocumentId) + " was already answered on " + details.answeredOn()
                    + "; a wrong date is fixed by a correction.");
        }
        RecordRules.notInFuture(command.answeredOn(), "answeredOn", clock);
        RecordRules.notBefore(command.answeredOn(), "answeredOn", details.receivedOn(), "receivedOn");
        apply(new IncomingDocumentAnsweredEvent(incomingDocumentId, details.kind(), command.answeredOn()));
    }

    @CommandHandler
    void handle(PutIncomingDocumentOnLongTermControlCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.since(), "since");
        if (controlSince != null) {
            throw new BusinessRuleViolationException("already_on_control", "since", RECORD_TYPE + " "
                    + RecordRules.clientIdOf(incomingDocumentId) + " is on long-term control since " + controlSince
                    + ".");
        }
        RecordRules.notInFuture(command.since(), "since", clock);
        RecordRules.notBefore(command.since(), "since", details.receivedOn(), "receivedOn");
        RecordRules.notBefore(command.since(), "since", controlEndedOn, "the end of the previous control period");
        apply(new IncomingDocumentPutOnLongTermControlEvent(incomingDocumentId, command.since()));
    }

    @CommandHandler
    void handle(TakeIncomingDocumentOffLongTermControlCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.require(command.until(), "until");
        if (controlSince == null) {
            throw new BusinessRuleViolationException("not_on_control", "until", RECORD_TYPE + " "
                    + RecordRules.clientIdOf(incomingDocumentId) + " is not on long-term control.");
        }
        RecordRules.notInFuture(command.until(), "until", clock);
        RecordRules.notBefore(command.until(), "until", controlSince, "since");
        apply(new IncomingDocumentTakenOffLongTermControlEvent(incomingDocumentId, controlSince, command.until()));
    }

    /**
     * Replaces the record with the corrected one. A correction that keeps the document on control cannot move its
     * receipt after the day the control began: the control date is not part of the details, so the admin first
     * corrects the document off control and then puts it on control again with the right date.
     */
    @CommandHandler
    void handle(CorrectIncomingDocumentCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        IncomingDocumentDetails corrected = command.corrected();
        validate(corrected, clock);
        if (corrected.equals(details)) {
            throw RecordRules.nothingToCorrect(RECORD_TYPE, incomingDocumentId);
        }
        if (corrected.longTermControl() && controlSince != null && controlSince.isBefore(corrected.receivedOn())) {
            throw new BusinessRuleViolationException("dates_out_of_order", "receivedOn", "receivedOn "
                    + corrected.receivedOn() + " is after since " + controlSince
                    + ", the day the document was put on long-term control");
        }
        apply(new IncomingDocumentCorrectedEvent(incomingDocumentId, details, corrected, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawIncomingDocumentCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new IncomingDocumentWithdrawnEvent(incomingDocumentId, details, command.reason()));
    }

    private static void validate(IncomingDocumentDetails document, Clock clock) {
        RecordRules.require(document.kind(), "kind");
        RecordRules.require(document.receivedOn(), "receivedOn");
        RecordRules.notInFuture(document.receivedOn(), "receivedOn", clock);
        RecordRules.notInFuture(document.answeredOn(), "answeredOn", clock);
        RecordRules.notBefore(document.answeredOn(), "answeredOn", document.receivedOn(), "receivedOn");
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, incomingDocumentId);
        }
    }

    @EventSourcingHandler
    void on(IncomingDocumentReceivedEvent event) {
        incomingDocumentId = event.incomingDocumentId();
        receivedAs = new IncomingDocumentDetails(event.kind(), event.receivedOn(), event.sender(), event.subject(),
                event.registrationNumber(), event.answeredOn(), event.longTermControl());
        details = new IncomingDocumentDetails(event.kind(), event.receivedOn(), event.sender(), event.subject(),
                event.registrationNumber(), null, false);
    }

    @EventSourcingHandler
    void on(IncomingDocumentAnsweredEvent event) {
        details = new IncomingDocumentDetails(details.kind(), details.receivedOn(), details.sender(),
                details.subject(), details.registrationNumber(), event.answeredOn(), details.longTermControl());
    }

    @EventSourcingHandler
    void on(IncomingDocumentPutOnLongTermControlEvent event) {
        controlSince = event.since();
        details = withControl(details, true);
    }

    @EventSourcingHandler
    void on(IncomingDocumentTakenOffLongTermControlEvent event) {
        controlSince = null;
        controlEndedOn = event.until();
        details = withControl(details, false);
    }

    @EventSourcingHandler
    void on(IncomingDocumentCorrectedEvent event) {
        IncomingDocumentDetails corrected = event.corrected();
        if (!corrected.longTermControl()) {
            controlSince = null;
        } else if (controlSince == null) {
            controlSince = corrected.receivedOn();
        }
        details = corrected;
    }

    @EventSourcingHandler
    void on(IncomingDocumentWithdrawnEvent event) {
        withdrawn = true;
    }

    private static IncomingDocumentDetails withControl(IncomingDocumentDetails document, boolean onControl) {
        return new IncomingDocumentDetails(document.kind(), document.receivedOn(), document.sender(),
                document.subject(), document.registrationNumber(), document.answeredOn(), onControl);
    }
}
