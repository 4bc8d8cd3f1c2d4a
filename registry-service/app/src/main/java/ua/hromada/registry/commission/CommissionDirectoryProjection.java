package ua.hromada.registry.commission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionConsideredEvent;
import ua.hromada.registry.api.commission.AwardPetitionDecidedEvent;
import ua.hromada.registry.api.commission.AwardPetitionPlacedOnAgendaEvent;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionCount;
import ua.hromada.registry.api.commission.CommissionDecisionRecordedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionMeetingView;
import ua.hromada.registry.api.commission.CommissionMemberAddedEvent;
import ua.hromada.registry.api.commission.CommissionMemberRemovedEvent;
import ua.hromada.registry.api.commission.CommissionMemberView;
import ua.hromada.registry.api.commission.CommissionPage;
import ua.hromada.registry.api.commission.CommissionStatus;
import ua.hromada.registry.api.commission.CommissionView;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.registry.api.commission.ConsideredAwardPetitionView;
import ua.hromada.registry.api.commission.CountCommissionsQuery;
import ua.hromada.registry.api.commission.FindCommissionQuery;
import ua.hromada.registry.api.commission.FindCommissionsQuery;
import ua.hromada.registry.api.commission.PendingAwardPetitionView;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.registry.record.StockCounter;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The register of commissions, working groups and coordination councils as the council reads it: one document
 * per body in {@value #COLLECTION} with its current state, members, meetings and pending award petitions, and the
 * counts "as of" a day by kind. Idempotent by the aggregate sequence number (see {@link RecordDirectory}); the
 * counts move with each event before its document changes. Every event of a commission passes through here, even
 * one that changes nothing shown, so that the view's version is always the commission's.
 */
@Component
@ProcessingGroup(CommissionDirectoryProjection.PROCESSING_GROUP)
class CommissionDirectoryProjection {

    static final String PROCESSING_GROUP = "commission-directory";
    static final String COLLECTION = "registry_commissions";

    private final RecordDirectory<CommissionView> directory;
    private final StockCounter counter;

    CommissionDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, CommissionView.class,
                CommissionDirectoryProjection::summaryOf, json);
        counter = new StockCounter(database, "commissions");
    }

    @EventHandler
    void on(CommissionEstablishedEvent event, @SequenceNumber long sequence) {
        String id = event.commissionId().value();
        CommissionDetails details = new CommissionDetails(event.name(), event.kind(), event.establishedOn(), null,
                event.basis(), event.purpose());
        directory.apply(id, sequence, none -> new CommissionView(TenantScopedId.parse(id).clientId(),
                details.name(), details.kind(), details.purpose(), details.basis(), details.establishedOn(), null,
                List.of(), List.of(), List.of(), CommissionStatus.ACTIVE, 0, sequence), counting(id, sequence));
    }

    @EventHandler
    void on(CommissionAbolishedEvent event, @SequenceNumber long sequence) {
        String id = event.commissionId().value();
        directory.apply(id, sequence, current -> withDetails(current, new CommissionDetails(current.name(),
                        current.kind(), current.establishedOn(), event.abolishedOn(), current.basis(), current.purpose()),
                CommissionStatus.ABOLISHED, current.corrections(), sequence), counting(id, sequence));
    }

    @EventHandler
    void on(CommissionCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.commissionId().value();
        CommissionDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> withDetails(current, corrected, corrected.abolishedOn() == null
                        ? CommissionStatus.ACTIVE : CommissionStatus.ABOLISHED, current.corrections() + 1, sequence),
                counting(id, sequence));
    }

    @EventHandler
    void on(CommissionWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.commissionId().value();
        directory.apply(id, sequence, current -> withDetails(current, detailsOf(current), CommissionStatus.WITHDRAWN,
                current.corrections(), sequence), counting(id, sequence));
    }

    @EventHandler
    void on(CommissionMemberAddedEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> {
            List<CommissionMemberView> members = new ArrayList<>(current.members());
            members.add(new CommissionMemberView(event.name(), event.position()));
            return changed(current, members, current.meetings(), current.pendingAwardPetitions(), sequence);
        });
    }

    @EventHandler
    void on(CommissionMemberRemovedEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> changed(current,
                current.members().stream().filter(member -> !sameName(member.name(), event.name())).toList(),
                current.meetings(), current.pendingAwardPetitions(), sequence));
    }

    /** The meeting takes its petitions off the pending agenda. */
    @EventHandler
    void on(CommissionMeetingHeldEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> {
            List<CommissionMeetingView> meetings = new ArrayList<>(current.meetings());
            meetings.add(new CommissionMeetingView(event.meetingId(), event.heldOn(), event.agenda(),
                    event.awardPetitions().stream().map(petition -> new ConsideredAwardPetitionView(
                            petition.itemId(), petition.petitionId(), petition.nominee(), petition.awardType(), null,
                            null)).toList()));
            Set<String> takenUp = event.awardPetitions().stream().map(petition -> petition.petitionId())
                    .collect(Collectors.toSet());
            return changed(current, current.members(), meetings, current.pendingAwardPetitions().stream()
                    .filter(petition -> !takenUp.contains(petition.petitionId())).toList(), sequence);
        });
    }

    @EventHandler
    void on(CommissionDecisionRecordedEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> changed(current, current.members(),
                changeMeeting(current, event.meetingId(), meeting -> new CommissionMeetingView(meeting.meetingId(),
                        meeting.heldOn(), meeting.agenda().stream().map(item -> item.itemId().equals(event.itemId())
                                ? new AgendaItem(item.itemId(), item.title(), event.decision()) : item).toList(),
                        meeting.awardPetitions())),
                current.pendingAwardPetitions(), sequence));
    }

    @EventHandler
    void on(AwardPetitionPlacedOnAgendaEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> {
            List<PendingAwardPetitionView> pending = new ArrayList<>(current.pendingAwardPetitions());
            pending.add(new PendingAwardPetitionView(event.petitionId(), event.nominee(), event.awardType(),
                    event.placedOn()));
            return changed(current, current.members(), current.meetings(), pending, sequence);
        });
    }

    /** The meeting's event showed the petition already; this one only moves the version on. */
    @EventHandler
    void on(AwardPetitionConsideredEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> changed(current, current.members(),
                current.meetings(), current.pendingAwardPetitions().stream()
                        .filter(petition -> !petition.petitionId().equals(event.petitionId())).toList(), sequence));
    }

    @EventHandler
    void on(AwardPetitionDecidedEvent event, @SequenceNumber long sequence) {
        directory.apply(event.commissionId().value(), sequence, current -> changed(current, current.members(),
                changeMeeting(current, event.meetingId(), meeting -> new CommissionMeetingView(meeting.meetingId(),
                        meeting.heldOn(), meeting.agenda(), meeting.awardPetitions().stream()
                        .map(petition -> petition.petitionId().equals(event.petitionId())
                                ? new ConsideredAwardPetitionView(petition.itemId(), petition.petitionId(),
                                petition.nominee(), petition.awardType(), event.outcome(), event.decidedOn())
                                : petition).toList())),
                current.pendingAwardPetitions(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
        counter.clear();
    }

    @QueryHandler
    Optional<CommissionView> handle(FindCommissionQuery query,
                                    @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.commissionId().value());
    }

    @QueryHandler
    CommissionPage handle(FindCommissionsQuery query,
                          @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<CommissionView> page = directory.page(tenant, query.filter());
        return new CommissionPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    @QueryHandler
    CommissionCount handle(CountCommissionsQuery query,
                           @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        String kind = query.kind() == null ? null : query.kind().value();
        return new CommissionCount(query.kind(), query.asOf(), counter.count(tenant, kind, query.asOf()));
    }

    /** Moves the record's counts from what its view said before the event to what it says after. */
    private BiConsumer<CommissionView, CommissionView> counting(String id, long sequence) {
        return counter.moving(id, sequence, CommissionDirectoryProjection::spanOf);
    }

    private static StockCounter.Span spanOf(CommissionView view) {
        if (view == null || view.status() == CommissionStatus.WITHDRAWN) {
            return null;
        }
        return new StockCounter.Span(view.kind().value(), view.establishedOn(), view.abolishedOn());
    }

    private static List<CommissionMeetingView> changeMeeting(CommissionView current, String meetingId,
                                                             UnaryOperator<CommissionMeetingView> change) {
        return current.meetings().stream()
                .map(meeting -> meeting.meetingId().equals(meetingId) ? change.apply(meeting) : meeting)
                .toList();
    }

    /** Members are one person whatever the case and spaces of the name, as the commission compares them. */
    private static boolean sameName(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static CommissionView withDetails(CommissionView current, CommissionDetails details,
                                              CommissionStatus status, int corrections, long version) {
        return new CommissionView(current.id(), details.name(), details.kind(), details.purpose(), details.basis(),
                details.establishedOn(), details.abolishedOn(), current.members(), current.meetings(),
                current.pendingAwardPetitions(), status, corrections, version);
    }

    private static CommissionView changed(CommissionView current, List<CommissionMemberView> members,
                                          List<CommissionMeetingView> meetings,
                                          List<PendingAwardPetitionView> pending, long version) {
        return new CommissionView(current.id(), current.name(), current.kind(), current.purpose(), current.basis(),
                current.establishedOn(), current.abolishedOn(), members, meetings, pending, current.status(),
                current.corrections(), version);
    }

    private static CommissionDetails detailsOf(CommissionView view) {
        return new CommissionDetails(view.name(), view.kind(), view.establishedOn(), view.abolishedOn(),
                view.basis(), view.purpose());
    }

    private static RecordSummary summaryOf(CommissionView view) {
        String text = RecordSummary.textOf(view.name(), view.basis(), view.id());
        return new RecordSummary(view.kind().value(), view.status().value(), view.establishedOn(), view.name(),
                text);
    }
}
