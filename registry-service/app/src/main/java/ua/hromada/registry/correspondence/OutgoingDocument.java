package ua.hromada.registry.correspondence;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.correspondence.CorrectOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.SendOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.WithdrawOutgoingDocumentCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A document the council sent, as its office registered it. Its identifier is tenant-scoped and the command bus
 * lets only the owning tenant's commands reach it.
 */
@Aggregate
class OutgoingDocument {

    static final String RECORD_TYPE = "Outgoing document";

    @AggregateIdentifier
    private OutgoingDocumentId outgoingDocumentId;
    /** What the registering command said, to recognise its repeats whatever happened since. */
    private OutgoingDocumentDetails sentAs;
    private OutgoingDocumentDetails details;
    private boolean withdrawn;

    OutgoingDocument() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /** Registers the document, or recognises an identical repeat and records nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(SendOutgoingDocumentCommand command, Clock clock) {
        OutgoingDocumentDetails sent = new OutgoingDocumentDetails(command.kind(), command.sentOn(),
                command.recipient(), command.subject(), command.registrationNumber(), command.inReplyTo());
        validate(sent, clock);
        if (outgoingDocumentId != null) {
            if (sent.equals(sentAs)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            if (withdrawn) {
                throw RecordRules.withdrawn(RECORD_TYPE, outgoingDocumentId);
            }
            throw RecordRules.idConflict(RECORD_TYPE, outgoingDocumentId);
        }
        apply(new OutgoingDocumentSentEvent(command.outgoingDocumentId(), sent.kind(), sent.sentOn(),
                sent.recipient(), sent.subject(), sent.registrationNumber(), sent.inReplyTo()));
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    void handle(CorrectOutgoingDocumentCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(details)) {
            throw RecordRules.nothingToCorrect(RECORD_TYPE, outgoingDocumentId);
        }
        apply(new OutgoingDocumentCorrectedEvent(outgoingDocumentId, details, command.corrected(),
                command.reason()));
    }

    @CommandHandler
    void handle(WithdrawOutgoingDocumentCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new OutgoingDocumentWithdrawnEvent(outgoingDocumentId, details, command.reason()));
    }

    private static void validate(OutgoingDocumentDetails document, Clock clock) {
        RecordRules.require(document.kind(), "kind");
        RecordRules.require(document.sentOn(), "sentOn");
        RecordRules.notInFuture(document.sentOn(), "sentOn", clock);
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, outgoingDocumentId);
        }
    }

    @EventSourcingHandler
    void on(OutgoingDocumentSentEvent event) {
        outgoingDocumentId = event.outgoingDocumentId();
        sentAs = new OutgoingDocumentDetails(event.kind(), event.sentOn(), event.recipient(), event.subject(),
                event.registrationNumber(), event.inReplyTo());
        details = sentAs;
    }

    @EventSourcingHandler
    void on(OutgoingDocumentCorrectedEvent event) {
        details = event.corrected();
    }

    @EventSourcingHandler
    void on(OutgoingDocumentWithdrawnEvent event) {
        withdrawn = true;
    }
}
