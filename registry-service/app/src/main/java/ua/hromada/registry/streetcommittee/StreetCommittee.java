package ua.hromada.registry.streetcommittee;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.DissolveStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.EstablishStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.RecordStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeElectionCommand;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.ConflictException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static ua.hromada.registry.record.RecordRules.clientIdOf;
import static ua.hromada.registry.record.RecordRules.idConflict;
import static ua.hromada.registry.record.RecordRules.notBefore;
import static ua.hromada.registry.record.RecordRules.notInFuture;
import static ua.hromada.registry.record.RecordRules.nothingToCorrect;
import static ua.hromada.registry.record.RecordRules.require;
import static ua.hromada.registry.record.RecordRules.requireReason;
import static ua.hromada.registry.record.RecordRules.requireText;
import static ua.hromada.registry.record.RecordRules.withdrawn;

/**
 * A street committee in a council's register: an organ of population self-organisation, established, elected by
 * general meetings of the street's residents and eventually dissolved. Its elections live inside it because their
 * dates must fall within the committee's lifetime and a correction of the committee must not strand them.
 */
@Aggregate
class StreetCommittee {

    private static final String RECORD_TYPE = "Street committee";
    private static final String ELECTION = "Street committee election";

    @AggregateIdentifier
    private StreetCommitteeId streetCommitteeId;
    /** What the establishing command said, so that its repeat is recognised even after later changes. */
    private StreetCommitteeDetails created;
    private StreetCommitteeDetails details;
    private boolean withdrawn;
    private final Map<String, Election> elections = new LinkedHashMap<>();

    StreetCommittee() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(EstablishStreetCommitteeCommand command, Clock clock) {
        StreetCommitteeDetails requested = new StreetCommitteeDetails(command.street(), command.establishedOn(),
                command.dissolvedOn());
        validate(requested, clock);
        if (streetCommitteeId == null) {
            apply(new StreetCommitteeEstablishedEvent(command.streetCommitteeId(), requested.street(),
                    requested.establishedOn()));
            if (requested.dissolvedOn() != null) {
                apply(new StreetCommitteeDissolvedEvent(command.streetCommitteeId(), requested.street(),
                        requested.dissolvedOn(), true));
            }
            return CreationOutcome.CREATED;
        }
        if (requested.equals(created)) {
            return CreationOutcome.ALREADY_RECORDED;
        }
        refuseIfWithdrawn();
        throw idConflict(RECORD_TYPE, streetCommitteeId);
    }

    @CommandHandler
    void handle(DissolveStreetCommitteeCommand command, Clock clock) {
        refuseIfWithdrawn();
        LocalDate dissolvedOn = command.dissolvedOn();
        require(dissolvedOn, "dissolvedOn");
        if (details.dissolvedOn() != null) {
            throw new BusinessRuleViolationException("already_dissolved", "dissolvedOn", RECORD_TYPE + " "
                    + clientIdOf(streetCommitteeId) + " was already dissolved on " + details.dissolvedOn() + ".");
        }
        notInFuture(dissolvedOn, "dissolvedOn", clock);
        notBefore(dissolvedOn, "dissolvedOn", details.establishedOn(), "establishedOn");
        requireElectionsWithin(new StreetCommitteeDetails(details.street(), details.establishedOn(), dissolvedOn));
        apply(new StreetCommitteeDissolvedEvent(streetCommitteeId, details.street(), dissolvedOn, false));
    }

    @CommandHandler
    void handle(CorrectStreetCommitteeCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireReason(command.reason());
        StreetCommitteeDetails corrected = command.corrected();
        require(corrected, "corrected");
        validate(corrected, clock);
        requireElectionsWithin(corrected);
        if (corrected.equals(details)) {
            throw nothingToCorrect(RECORD_TYPE, streetCommitteeId);
        }
        apply(new StreetCommitteeCorrectedEvent(streetCommitteeId, details, corrected, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawStreetCommitteeCommand command) {
        requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new StreetCommitteeWithdrawnEvent(streetCommitteeId, details, command.reason()));
    }

    /** Idempotent by the caller's election id, like the creation of a record by its id. */
    @CommandHandler
    CreationOutcome handle(RecordStreetCommitteeElectionCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireText(command.electionId(), "electionId");
        StreetCommitteeElectionDetails requested =
                new StreetCommitteeElectionDetails(command.heldOn(), optionalText(command.headName()));
        Election known = elections.get(command.electionId());
        if (known != null) {
            if (known.recorded().equals(requested)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            throw new ConflictException("id_conflict", "electionId", ELECTION + " " + command.electionId()
                    + " of street committee " + clientIdOf(streetCommitteeId)
                    + " is already recorded with different details.");
        }
        validate(requested, clock);
        apply(new StreetCommitteeElectionRecordedEvent(streetCommitteeId, command.electionId(), requested.heldOn(),
                requested.headName(), details.street()));
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    void handle(CorrectStreetCommitteeElectionCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireReason(command.reason());
        Election election = existingElection(command.electionId());
        if (election.withdrawn()) {
            throw withdrawn(ELECTION, command.electionId());
        }
        StreetCommitteeElectionDetails corrected =
                new StreetCommitteeElectionDetails(command.heldOn(), optionalText(command.headName()));
        validate(corrected, clock);
        if (corrected.equals(election.current())) {
            throw nothingToCorrect(ELECTION, command.electionId());
        }
        apply(new StreetCommitteeElectionCorrectedEvent(streetCommitteeId, command.electionId(), election.current(),
                corrected, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawStreetCommitteeElectionCommand command) {
        refuseIfWithdrawn();
        requireReason(command.reason());
        Election election = existingElection(command.electionId());
        if (election.withdrawn()) {
            return;
        }
        apply(new StreetCommitteeElectionWithdrawnEvent(streetCommitteeId, command.electionId(), election.current(),
                command.reason()));
    }

    /** The rules a committee's details obey, whether it is being established or corrected. */
    private static void validate(StreetCommitteeDetails committee, Clock clock) {
        requireText(committee.street(), "street");
        require(committee.establishedOn(), "establishedOn");
        notInFuture(committee.establishedOn(), "establishedOn", clock);
        notInFuture(committee.dissolvedOn(), "dissolvedOn", clock);
        notBefore(committee.dissolvedOn(), "dissolvedOn", committee.establishedOn(), "establishedOn");
    }

    /** An election happens while the committee exists, and has happened already. */
    private void validate(StreetCommitteeElectionDetails election, Clock clock) {
        require(election.heldOn(), "heldOn");
        notInFuture(election.heldOn(), "heldOn", clock);
        notBefore(election.heldOn(), "heldOn", details.establishedOn(), "establishedOn");
        if (details.dissolvedOn() != null && election.heldOn().isAfter(details.dissolvedOn())) {
            throw new BusinessRuleViolationException("committee_dissolved", "heldOn", "heldOn " + election.heldOn()
                    + " is after the committee was dissolved on " + details.dissolvedOn());
        }
    }

    /** A new lifetime of the committee (a dissolution or a correction) must still hold every election it had. */
    private void requireElectionsWithin(StreetCommitteeDetails lifetime) {
        for (Map.Entry<String, Election> entry : elections.entrySet()) {
            if (entry.getValue().withdrawn()) {
                continue;
            }
            LocalDate heldOn = entry.getValue().current().heldOn();
            if (heldOn.isBefore(lifetime.establishedOn())) {
                throw electionOutside(entry.getKey(), heldOn, "establishedOn", lifetime.establishedOn());
            }
            if (lifetime.dissolvedOn() != null && heldOn.isAfter(lifetime.dissolvedOn())) {
                throw electionOutside(entry.getKey(), heldOn, "dissolvedOn", lifetime.dissolvedOn());
            }
        }
    }

    private static BusinessRuleViolationException electionOutside(String electionId, LocalDate heldOn, String field,
                                                                  LocalDate date) {
        return new BusinessRuleViolationException("elections_outside_lifetime", field, "Election " + electionId
                + " held on " + heldOn + " would fall outside the committee's lifetime with " + field + " " + date
                + "; correct or withdraw the election first.");
    }

    private Election existingElection(String electionId) {
        requireText(electionId, "electionId");
        Election election = elections.get(electionId);
        if (election == null) {
            throw new BusinessRuleViolationException("unknown_election", "electionId", "Street committee "
                    + clientIdOf(streetCommitteeId) + " has no election " + electionId + ".");
        }
        return election;
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw withdrawn(RECORD_TYPE, streetCommitteeId);
        }
    }

    /** An optional text left blank means "not known". */
    private static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @EventSourcingHandler
    void on(StreetCommitteeEstablishedEvent event) {
        streetCommitteeId = event.streetCommitteeId();
        created = new StreetCommitteeDetails(event.street(), event.establishedOn(), null);
        details = created;
    }

    @EventSourcingHandler
    void on(StreetCommitteeDissolvedEvent event) {
        details = new StreetCommitteeDetails(details.street(), details.establishedOn(), event.dissolvedOn());
        if (event.withEstablishment()) {
            created = new StreetCommitteeDetails(created.street(), created.establishedOn(), event.dissolvedOn());
        }
    }

    @EventSourcingHandler
    void on(StreetCommitteeCorrectedEvent event) {
        details = event.corrected();
    }

    @EventSourcingHandler
    void on(StreetCommitteeWithdrawnEvent event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(StreetCommitteeElectionRecordedEvent event) {
        StreetCommitteeElectionDetails recorded = new StreetCommitteeElectionDetails(event.heldOn(), event.headName());
        elections.put(event.electionId(), new Election(recorded, recorded, false));
    }

    @EventSourcingHandler
    void on(StreetCommitteeElectionCorrectedEvent event) {
        elections.computeIfPresent(event.electionId(),
                (id, election) -> new Election(election.recorded(), event.corrected(), false));
    }

    @EventSourcingHandler
    void on(StreetCommitteeElectionWithdrawnEvent event) {
        elections.computeIfPresent(event.electionId(),
                (id, election) -> new Election(election.recorded(), election.current(), true));
    }

    /**
     * One election as the committee knows it.
     *
     * @param recorded what the recording command said, so that its repeat is recognised after a correction
     * @param current  what the register holds now
     */
    private record Election(StreetCommitteeElectionDetails recorded, StreetCommitteeElectionDetails current,
                            boolean withdrawn) {
    }
}
