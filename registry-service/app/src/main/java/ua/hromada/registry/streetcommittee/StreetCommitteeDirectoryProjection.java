package ua.hromada.registry.streetcommittee;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.streetcommittee.CountStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteeQuery;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCount;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionView;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteePage;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeStatus;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeView;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.registry.record.StockCounter;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The register of street committees as the council reads it: one document per committee in {@value #COLLECTION}
 * with its current state and its elections, and the count of working committees "as of" a day. Idempotent by the
 * aggregate sequence number (see {@link RecordDirectory}); the count moves with each event before its document
 * changes.
 */
@Component
@ProcessingGroup(StreetCommitteeDirectoryProjection.PROCESSING_GROUP)
class StreetCommitteeDirectoryProjection {

    static final String PROCESSING_GROUP = "street-committee-directory";
    static final String COLLECTION = "registry_street_committees";

    private final RecordDirectory<StreetCommitteeView> directory;
    private final StockCounter counter;

    StreetCommitteeDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, StreetCommitteeView.class,
                StreetCommitteeDirectoryProjection::summaryOf, json);
        counter = new StockCounter(database, "street-committees");
    }

    @EventHandler
    void on(StreetCommitteeEstablishedEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        StreetCommitteeDetails details = new StreetCommitteeDetails(event.street(), event.establishedOn(), null);
        directory.apply(id, sequence, none -> view(id, details, StreetCommitteeStatus.ACTIVE, List.of(), 0,
                sequence), counting(id, sequence));
    }

    @EventHandler
    void on(StreetCommitteeDissolvedEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        directory.apply(id, sequence, current -> view(id, new StreetCommitteeDetails(current.street(),
                        current.establishedOn(), event.dissolvedOn()), StreetCommitteeStatus.DISSOLVED,
                current.elections(), current.corrections(), sequence), counting(id, sequence));
    }

    @EventHandler
    void on(StreetCommitteeCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        StreetCommitteeDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> view(id, corrected, corrected.dissolvedOn() == null
                        ? StreetCommitteeStatus.ACTIVE : StreetCommitteeStatus.DISSOLVED, current.elections(),
                current.corrections() + 1, sequence), counting(id, sequence));
    }

    @EventHandler
    void on(StreetCommitteeWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), StreetCommitteeStatus.WITHDRAWN,
                current.elections(), current.corrections(), sequence), counting(id, sequence));
    }

    @EventHandler
    void on(StreetCommitteeElectionRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        directory.apply(id, sequence, current -> {
            List<StreetCommitteeElectionView> elections = new ArrayList<>(current.elections());
            elections.add(new StreetCommitteeElectionView(event.electionId(), event.heldOn(), event.headName(),
                    false));
            return view(id, detailsOf(current), current.status(), elections, current.corrections(), sequence);
        });
    }

    @EventHandler
    void on(StreetCommitteeElectionCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), current.status(),
                changeElection(current, event.electionId(), election -> new StreetCommitteeElectionView(
                        election.electionId(), event.corrected().heldOn(), event.corrected().headName(),
                        election.withdrawn())),
                current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(StreetCommitteeElectionWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.streetCommitteeId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), current.status(),
                changeElection(current, event.electionId(), election -> new StreetCommitteeElectionView(
                        election.electionId(), election.heldOn(), election.headName(), true)),
                current.corrections(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
        counter.clear();
    }

    @QueryHandler
    Optional<StreetCommitteeView> handle(FindStreetCommitteeQuery query,
                                         @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.streetCommitteeId().value());
    }

    @QueryHandler
    StreetCommitteePage handle(FindStreetCommitteesQuery query,
                               @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<StreetCommitteeView> page = directory.page(tenant, query.filter());
        return new StreetCommitteePage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    @QueryHandler
    StreetCommitteeCount handle(CountStreetCommitteesQuery query,
                                @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return new StreetCommitteeCount(query.asOf(), counter.count(tenant, null, query.asOf()));
    }

    /** Moves the record's counts from what its view said before the event to what it says after. */
    private BiConsumer<StreetCommitteeView, StreetCommitteeView> counting(String id, long sequence) {
        return counter.moving(id, sequence, StreetCommitteeDirectoryProjection::spanOf);
    }

    private static StockCounter.Span spanOf(StreetCommitteeView view) {
        if (view == null || view.status() == StreetCommitteeStatus.WITHDRAWN) {
            return null;
        }
        return new StockCounter.Span(null, view.establishedOn(), view.dissolvedOn());
    }

    private static List<StreetCommitteeElectionView> changeElection(StreetCommitteeView current, String electionId,
                                                                    UnaryOperator<StreetCommitteeElectionView> change) {
        return current.elections().stream()
                .map(election -> election.electionId().equals(electionId) ? change.apply(election) : election)
                .toList();
    }

    private static StreetCommitteeView view(String id, StreetCommitteeDetails details, StreetCommitteeStatus status,
                                            List<StreetCommitteeElectionView> elections, int corrections,
                                            long version) {
        return new StreetCommitteeView(TenantScopedId.parse(id).clientId(), details.street(), details.establishedOn(),
                details.dissolvedOn(), status, elections, corrections, version);
    }

    private static StreetCommitteeDetails detailsOf(StreetCommitteeView view) {
        return new StreetCommitteeDetails(view.street(), view.establishedOn(), view.dissolvedOn());
    }

    private static RecordSummary summaryOf(StreetCommitteeView view) {
        String text = RecordSummary.textOf(Stream.concat(Stream.of(view.street(), view.id()),
                view.elections().stream().filter(election -> !election.withdrawn())
                        .map(StreetCommitteeElectionView::headName)));
        return new RecordSummary(null, view.status().value(), view.establishedOn(), view.street(), text);
    }
}
