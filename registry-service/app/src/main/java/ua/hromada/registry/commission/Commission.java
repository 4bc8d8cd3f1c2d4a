package ua.hromada.registry.commission;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.commission.AbolishCommissionCommand;
import ua.hromada.registry.api.commission.AddCommissionMemberCommand;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionAgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionConsideredEvent;
import ua.hromada.registry.api.commission.AwardPetitionDecidedEvent;
import ua.hromada.registry.api.commission.AwardPetitionOutcome;
import ua.hromada.registry.api.commission.AwardPetitionPlacedOnAgendaEvent;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDecisionRecordedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionMemberAddedEvent;
import ua.hromada.registry.api.commission.CommissionMemberRemovedEvent;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.registry.api.commission.CorrectCommissionCommand;
import ua.hromada.registry.api.commission.DecideAwardPetitionCommand;
import ua.hromada.registry.api.commission.EstablishCommissionCommand;
import ua.hromada.registry.api.commission.HoldCommissionMeetingCommand;
import ua.hromada.registry.api.commission.PlaceAwardPetitionOnAgendaCommand;
import ua.hromada.registry.api.commission.RecordCommissionDecisionCommand;
import ua.hromada.registry.api.commission.RemoveCommissionMemberCommand;
import ua.hromada.registry.api.commission.WithdrawCommissionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * A commission, working group or coordination council in a council's register, with its members and its meetings.
 * An awards commission is also the registry's side of the award-petition process: petitions the awards service
 * sends wait on its pending agenda, its next meeting takes them up, and its decisions go back to the awards service
 * as events. Meetings and petitions live inside the commission because their dates must fall within its lifetime
 * and a petition can only be decided by the meeting that considered it.
 */
@Aggregate
class Commission {

    private static final String RECORD_TYPE = "Commission";
    private static final String PETITION_ITEM_PREFIX = "petition-";

    @AggregateIdentifier
    private CommissionId commissionId;
    /** What the establishing command said, so that its repeat is recognised even after later changes. */
    private CommissionDetails created;
    private CommissionDetails details;
    private boolean withdrawn;
    /** Members by their name compared ignoring case and extra spaces. */
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, Petition> petitions = new LinkedHashMap<>();

    Commission() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(EstablishCommissionCommand command, Clock clock) {
        CommissionDetails requested = new CommissionDetails(command.name(), command.kind(), command.establishedOn(),
                command.abolishedOn(), optionalText(command.basis()), command.purpose());
        validate(requested, clock);
        if (commissionId == null) {
            apply(new CommissionEstablishedEvent(command.commissionId(), requested.name(), requested.kind(),
                    requested.establishedOn(), requested.basis(), requested.purpose()));
            if (requested.abolishedOn() != null) {
                apply(new CommissionAbolishedEvent(command.commissionId(), requested.kind(), requested.purpose(),
                        requested.abolishedOn(), true));
            }
            return CreationOutcome.CREATED;
        }
        if (requested.equals(created)) {
            return CreationOutcome.ALREADY_RECORDED;
        }
        refuseIfWithdrawn();
        throw idConflict(RECORD_TYPE, commissionId);
    }

    @CommandHandler
    void handle(AbolishCommissionCommand command, Clock clock) {
        refuseIfWithdrawn();
        LocalDate abolishedOn = command.abolishedOn();
        require(abolishedOn, "abolishedOn");
        if (details.abolishedOn() != null) {
            throw new BusinessRuleViolationException("already_abolished", "abolishedOn", RECORD_TYPE + " "
                    + clientIdOf(commissionId) + " was already abolished on " + details.abolishedOn() + ".");
        }
        notInFuture(abolishedOn, "abolishedOn", clock);
        notBefore(abolishedOn, "abolishedOn", details.establishedOn(), "establishedOn");
        requireMeetingsWithin(details.establishedOn(), abolishedOn);
        apply(new CommissionAbolishedEvent(commissionId, details.kind(), details.purpose(), abolishedOn, false));
    }

    @CommandHandler
    void handle(CorrectCommissionCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireReason(command.reason());
        require(command.corrected(), "corrected");
        CommissionDetails corrected = new CommissionDetails(command.corrected().name(), command.corrected().kind(),
                command.corrected().establishedOn(), command.corrected().abolishedOn(),
                optionalText(command.corrected().basis()), command.corrected().purpose());
        validate(corrected, clock);
        requireMeetingsWithin(corrected.establishedOn(), corrected.abolishedOn());
        if (corrected.purpose() != CommissionPurpose.AWARDS && hasUndecidedPetitions()) {
            throw new BusinessRuleViolationException("award_petitions_pending", "purpose", RECORD_TYPE + " "
                    + clientIdOf(commissionId) + " has award petitions waiting for its decision; it stays an "
                    + "awards commission until they are decided.");
        }
        if (corrected.equals(details)) {
            throw nothingToCorrect(RECORD_TYPE, commissionId);
        }
        apply(new CommissionCorrectedEvent(commissionId, details, corrected, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawCommissionCommand command) {
        requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new CommissionWithdrawnEvent(commissionId, details, command.reason()));
    }

    /** Members have no dates, so the composition of an abolished commission can still be recorded as history. */
    @CommandHandler
    void handle(AddCommissionMemberCommand command) {
        refuseIfWithdrawn();
        requireText(command.name(), "name");
        Member existing = members.get(memberKey(command.name()));
        if (existing != null) {
            throw new ConflictException("member_exists", "name", existing.name() + " is already a member of "
                    + "commission " + clientIdOf(commissionId) + ".");
        }
        apply(new CommissionMemberAddedEvent(commissionId, command.name().strip(), optionalText(command.position())));
    }

    @CommandHandler
    void handle(RemoveCommissionMemberCommand command) {
        refuseIfWithdrawn();
        requireText(command.name(), "name");
        Member member = members.get(memberKey(command.name()));
        if (member == null) {
            throw new BusinessRuleViolationException("not_a_member", "name", command.name() + " is not a member of "
                    + "commission " + clientIdOf(commissionId) + ".");
        }
        apply(new CommissionMemberRemovedEvent(commissionId, member.name()));
    }

    /** Idempotent by the caller's meeting id, like the creation of a record by its id. */
    @CommandHandler
    CreationOutcome handle(HoldCommissionMeetingCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireText(command.meetingId(), "meetingId");
        LocalDate heldOn = command.heldOn();
        require(heldOn, "heldOn");
        List<AgendaItem> agenda = validAgenda(command.agenda());
        Meeting known = meetings.get(command.meetingId());
        if (known != null) {
            if (known.heldOn().equals(heldOn) && known.agenda().equals(agenda)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            throw new ConflictException("id_conflict", "meetingId", "Meeting " + command.meetingId()
                    + " of commission " + clientIdOf(commissionId) + " is already recorded with different details.");
        }
        notInFuture(heldOn, "heldOn", clock);
        notBefore(heldOn, "heldOn", details.establishedOn(), "establishedOn");
        if (details.abolishedOn() != null && heldOn.isAfter(details.abolishedOn())) {
            throw new BusinessRuleViolationException("commission_abolished", "heldOn", "heldOn " + heldOn
                    + " is after the commission was abolished on " + details.abolishedOn());
        }
        List<AwardPetitionAgendaItem> takenUp = petitionsWaitingOn(heldOn);
        for (int i = 0; i < agenda.size(); i++) {
            String itemId = agenda.get(i).itemId();
            if (takenUp.stream().anyMatch(petition -> petition.itemId().equals(itemId))) {
                throw duplicateItem(i, itemId);
            }
        }
        apply(new CommissionMeetingHeldEvent(commissionId, command.meetingId(), details.kind(), details.purpose(),
                heldOn, agenda, takenUp));
        for (AwardPetitionAgendaItem petition : takenUp) {
            apply(new AwardPetitionConsideredEvent(commissionId, command.meetingId(), petition.petitionId(), heldOn));
        }
        return CreationOutcome.CREATED;
    }

    /** A decision recorded after the meeting belongs to an item of its recorded agenda; a meeting is history. */
    @CommandHandler
    void handle(RecordCommissionDecisionCommand command) {
        refuseIfWithdrawn();
        requireText(command.meetingId(), "meetingId");
        requireText(command.itemId(), "itemId");
        requireText(command.decision(), "decision");
        Meeting meeting = meetings.get(command.meetingId());
        if (meeting == null) {
            throw new BusinessRuleViolationException("unknown_meeting", "meetingId", "Commission "
                    + clientIdOf(commissionId) + " has no meeting " + command.meetingId() + ".");
        }
        if (meeting.petitionItemIds().contains(command.itemId())) {
            throw new BusinessRuleViolationException("award_petition_item", "itemId", "Item " + command.itemId()
                    + " is an award petition; it is decided with the petition's outcome.");
        }
        if (meeting.agenda().stream().noneMatch(item -> item.itemId().equals(command.itemId()))) {
            throw new BusinessRuleViolationException("unknown_agenda_item", "itemId", "Meeting "
                    + command.meetingId() + " has no agenda item " + command.itemId() + ".");
        }
        String decided = meeting.decisions().get(command.itemId());
        if (command.decision().equals(decided)) {
            return;
        }
        if (decided != null) {
            throw new ConflictException("already_decided", "decision", "Item " + command.itemId() + " of meeting "
                    + command.meetingId() + " already has a decision.");
        }
        apply(new CommissionDecisionRecordedEvent(commissionId, command.meetingId(), command.itemId(),
                command.decision()));
    }

    /** Idempotent by the awards service's petition id, so the saga may resend it safely. */
    @CommandHandler
    CreationOutcome handle(PlaceAwardPetitionOnAgendaCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireText(command.petitionId(), "petitionId");
        requireText(command.nominee(), "nominee");
        requireText(command.awardType(), "awardType");
        require(command.placedOn(), "placedOn");
        AwardPetitionPlacedOnAgendaEvent placed = new AwardPetitionPlacedOnAgendaEvent(commissionId,
                command.petitionId(), command.nominee(), command.awardType(), command.placedOn());
        Petition known = petitions.get(command.petitionId());
        if (known != null) {
            if (known.placement().equals(placed)) {
                return CreationOutcome.ALREADY_RECORDED;
            }
            throw new ConflictException("id_conflict", "petitionId", "Award petition " + command.petitionId()
                    + " is already on the agenda of commission " + clientIdOf(commissionId)
                    + " with different details.");
        }
        if (details.purpose() != CommissionPurpose.AWARDS) {
            throw new BusinessRuleViolationException("not_an_awards_commission", "commissionId", RECORD_TYPE + " "
                    + clientIdOf(commissionId) + " does not consider award petitions.");
        }
        if (details.abolishedOn() != null) {
            throw new BusinessRuleViolationException("commission_abolished", "commissionId", RECORD_TYPE + " "
                    + clientIdOf(commissionId) + " was abolished on " + details.abolishedOn() + ".");
        }
        notInFuture(command.placedOn(), "placedOn", clock);
        notBefore(command.placedOn(), "placedOn", details.establishedOn(), "establishedOn");
        apply(placed);
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    void handle(DecideAwardPetitionCommand command, Clock clock) {
        refuseIfWithdrawn();
        requireText(command.petitionId(), "petitionId");
        require(command.outcome(), "outcome");
        require(command.decidedOn(), "decidedOn");
        Petition petition = petitions.get(command.petitionId());
        if (petition == null || petition.meetingId() == null) {
            throw new BusinessRuleViolationException("petition_not_considered", "petitionId", "Award petition "
                    + command.petitionId() + " was not on the agenda of a meeting of commission "
                    + clientIdOf(commissionId) + ".");
        }
        if (petition.outcome() == command.outcome()) {
            return;
        }
        if (petition.outcome() != null) {
            throw new ConflictException("already_decided", "outcome", "Award petition " + command.petitionId()
                    + " was already decided: " + petition.outcome().value() + ".");
        }
        notInFuture(command.decidedOn(), "decidedOn", clock);
        notBefore(command.decidedOn(), "decidedOn", meetings.get(petition.meetingId()).heldOn(), "heldOn");
        apply(new AwardPetitionDecidedEvent(commissionId, petition.meetingId(), command.petitionId(),
                command.outcome(), command.decidedOn()));
    }

    /** The rules a commission's details obey, whether it is being established or corrected. */
    private static void validate(CommissionDetails commission, Clock clock) {
        requireText(commission.name(), "name");
        require(commission.kind(), "kind");
        require(commission.establishedOn(), "establishedOn");
        notInFuture(commission.establishedOn(), "establishedOn", clock);
        notInFuture(commission.abolishedOn(), "abolishedOn", clock);
        notBefore(commission.abolishedOn(), "abolishedOn", commission.establishedOn(), "establishedOn");
    }

    /** Every item names itself and its question, once per meeting; a blank decision means "not yet known". */
    private static List<AgendaItem> validAgenda(List<AgendaItem> agenda) {
        if (agenda == null) {
            return List.of();
        }
        List<AgendaItem> valid = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            require(item, "agenda[" + i + "]");
            requireText(item.itemId(), "agenda[" + i + "].itemId");
            requireText(item.title(), "agenda[" + i + "].title");
            if (!itemIds.add(item.itemId())) {
                throw duplicateItem(i, item.itemId());
            }
            valid.add(new AgendaItem(item.itemId(), item.title(), optionalText(item.decision())));
        }
        return List.copyOf(valid);
    }

    private static InvalidInputException duplicateItem(int index, String itemId) {
        return new InvalidInputException("duplicate_agenda_item", "agenda[" + index + "].itemId",
                "The meeting's agenda has item " + itemId + " twice.");
    }

    /** The petitions a meeting on {@code heldOn} takes up: those waiting since that day or earlier. */
    private List<AwardPetitionAgendaItem> petitionsWaitingOn(LocalDate heldOn) {
        return petitions.values().stream()
                .filter(petition -> petition.meetingId() == null)
                .filter(petition -> !petition.placement().placedOn().isAfter(heldOn))
                .map(petition -> new AwardPetitionAgendaItem(PETITION_ITEM_PREFIX + petition.placement().petitionId(),
                        petition.placement().petitionId(), petition.placement().nominee(),
                        petition.placement().awardType()))
                .toList();
    }

    private boolean hasUndecidedPetitions() {
        return petitions.values().stream().anyMatch(petition -> petition.outcome() == null);
    }

    /** A new lifetime of the commission (an abolition or a correction) must still hold every meeting it had. */
    private void requireMeetingsWithin(LocalDate establishedOn, LocalDate abolishedOn) {
        for (Map.Entry<String, Meeting> entry : meetings.entrySet()) {
            LocalDate heldOn = entry.getValue().heldOn();
            if (heldOn.isBefore(establishedOn)) {
                throw meetingOutside(entry.getKey(), heldOn, "establishedOn", establishedOn);
            }
            if (abolishedOn != null && heldOn.isAfter(abolishedOn)) {
                throw meetingOutside(entry.getKey(), heldOn, "abolishedOn", abolishedOn);
            }
        }
    }

    private static BusinessRuleViolationException meetingOutside(String meetingId, LocalDate heldOn, String field,
                                                                 LocalDate date) {
        return new BusinessRuleViolationException("meetings_outside_lifetime", field, "Meeting " + meetingId
                + " held on " + heldOn + " would fall outside the commission's lifetime with " + field + " " + date
                + ".");
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw withdrawn(RECORD_TYPE, commissionId);
        }
    }

    private static String memberKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** An optional text left blank means "not known". */
    private static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @EventSourcingHandler
    void on(CommissionEstablishedEvent event) {
        commissionId = event.commissionId();
        created = new CommissionDetails(event.name(), event.kind(), event.establishedOn(), null, event.basis(),
                event.purpose());
        details = created;
    }

    @EventSourcingHandler
    void on(CommissionAbolishedEvent event) {
        details = new CommissionDetails(details.name(), details.kind(), details.establishedOn(), event.abolishedOn(),
                details.basis(), details.purpose());
        if (event.withEstablishment()) {
            created = new CommissionDetails(created.name(), created.kind(), created.establishedOn(),
                    event.abolishedOn(), created.basis(), created.purpose());
        }
    }

    @EventSourcingHandler
    void on(CommissionCorrectedEvent event) {
        details = event.corrected();
    }

    @EventSourcingHandler
    void on(CommissionWithdrawnEvent event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(CommissionMemberAddedEvent event) {
        members.put(memberKey(event.name()), new Member(event.name(), event.position()));
    }

    @EventSourcingHandler
    void on(CommissionMemberRemovedEvent event) {
        members.remove(memberKey(event.name()));
    }

    @EventSourcingHandler
    void on(CommissionMeetingHeldEvent event) {
        Map<String, String> decisions = new LinkedHashMap<>();
        event.agenda().stream().filter(item -> item.decision() != null)
                .forEach(item -> decisions.put(item.itemId(), item.decision()));
        Set<String> petitionItemIds = new HashSet<>();
        for (AwardPetitionAgendaItem item : event.awardPetitions()) {
            petitionItemIds.add(item.itemId());
            petitions.computeIfPresent(item.petitionId(),
                    (id, petition) -> new Petition(petition.placement(), event.meetingId(), null));
        }
        meetings.put(event.meetingId(), new Meeting(event.heldOn(), event.agenda(), decisions, petitionItemIds));
    }

    @EventSourcingHandler
    void on(CommissionDecisionRecordedEvent event) {
        meetings.get(event.meetingId()).decisions().put(event.itemId(), event.decision());
    }

    @EventSourcingHandler
    void on(AwardPetitionPlacedOnAgendaEvent event) {
        petitions.put(event.petitionId(), new Petition(event, null, null));
    }

    /** The meeting's event already took the petition up; this one only confirms it, per petition. */
    @EventSourcingHandler
    void on(AwardPetitionConsideredEvent event) {
        petitions.computeIfPresent(event.petitionId(),
                (id, petition) -> new Petition(petition.placement(), event.meetingId(), petition.outcome()));
    }

    @EventSourcingHandler
    void on(AwardPetitionDecidedEvent event) {
        petitions.computeIfPresent(event.petitionId(),
                (id, petition) -> new Petition(petition.placement(), petition.meetingId(), event.outcome()));
    }

    private record Member(String name, String position) {
    }

    /**
     * One meeting as the commission knows it.
     *
     * @param agenda          the agenda as recorded, so that a repeat of the recording command is recognised
     * @param decisions       the decision on each item decided so far, by item id
     * @param petitionItemIds the items that are award petitions
     */
    private record Meeting(LocalDate heldOn, List<AgendaItem> agenda, Map<String, String> decisions,
                           Set<String> petitionItemIds) {
    }

    /**
     * One award petition the commission received.
     *
     * @param meetingId the meeting that took it up, or {@code null} while it waits on the pending agenda
     * @param outcome   the commission's decision, or {@code null} while undecided
     */
    private record Petition(AwardPetitionPlacedOnAgendaEvent placement, String meetingId,
                            AwardPetitionOutcome outcome) {
    }
}
