package ua.hromada.registry.act;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActPage;
import ua.hromada.registry.api.act.ActPublishedEvent;
import ua.hromada.registry.api.act.ActStatus;
import ua.hromada.registry.api.act.ActView;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.act.FindActQuery;
import ua.hromada.registry.api.act.FindActsQuery;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The register of council acts as the council reads it: one document per act in {@value #COLLECTION} with its
 * current state, listed by its main date (adoptedOn, or draftedOn for a draft). The lifecycle is taken from the
 * lifecycle events alone (drafted, adopted, published); the details a recording command carries for recognising
 * its repeats are never read here, so an act recorded with its later steps is not counted twice. Idempotent by the
 * aggregate sequence number (see {@link RecordDirectory}). The register's metrics are flows, counted by reporting
 * from the events, so it keeps no stock counts.
 */
@Component
@ProcessingGroup(ActDirectoryProjection.PROCESSING_GROUP)
class ActDirectoryProjection {

    static final String PROCESSING_GROUP = "act-directory";
    static final String COLLECTION = "registry_acts";

    private final RecordDirectory<ActView> directory;

    ActDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, ActView.class, ActDirectoryProjection::summaryOf,
                json);
    }

    @EventHandler
    void on(ActDraftedEvent event, @SequenceNumber long sequence) {
        String id = event.actId().value();
        ActDetails drafted = new ActDetails(event.kind(), event.number(), event.title(), event.draftedOn(), null,
                null, event.preparedByDepartment());
        directory.apply(id, sequence, none -> view(id, drafted, ActStatus.DRAFTED, 0, sequence));
    }

    /** Either the adoption of a draft, or an act entering the register already adopted (it opens the history). */
    @EventHandler
    void on(ActAdoptedEvent event, @SequenceNumber long sequence) {
        String id = event.actId().value();
        directory.apply(id, sequence, current -> {
            if (current == null) {
                return view(id, new ActDetails(event.kind(), event.number(), event.title(), null, event.adoptedOn(),
                        null, event.preparedByDepartment()), ActStatus.ADOPTED, 0, sequence);
            }
            return view(id, new ActDetails(current.kind(), event.number(), current.title(), current.draftedOn(),
                    event.adoptedOn(), current.publishedOn(), current.preparedByDepartment()), ActStatus.ADOPTED,
                    current.corrections(), sequence);
        });
    }

    @EventHandler
    void on(ActPublishedEvent event, @SequenceNumber long sequence) {
        String id = event.actId().value();
        directory.apply(id, sequence, current -> view(id, new ActDetails(current.kind(), current.number(),
                current.title(), current.draftedOn(), current.adoptedOn(), event.publishedOn(),
                current.preparedByDepartment()), ActStatus.PUBLISHED, current.corrections(), sequence));
    }

    @EventHandler
    void on(ActCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.actId().value();
        ActDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> view(id, corrected, ActStatus.of(corrected),
                current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(ActWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.actId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), ActStatus.WITHDRAWN,
                current.corrections(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }

    @QueryHandler
    Optional<ActView> handle(FindActQuery query,
                             @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.actId().value());
    }

    @QueryHandler
    ActPage handle(FindActsQuery query,
                   @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<ActView> page = directory.page(tenant, query.filter());
        return new ActPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    private static ActView view(String id, ActDetails details, ActStatus status, int corrections, long version) {
        return new ActView(TenantScopedId.parse(id).clientId(), details.kind(), details.number(), details.title(),
                details.draftedOn(), details.adoptedOn(), details.publishedOn(), details.preparedByDepartment(),
                status, corrections, version);
    }

    private static ActDetails detailsOf(ActView view) {
        return new ActDetails(view.kind(), view.number(), view.title(), view.draftedOn(), view.adoptedOn(),
                view.publishedOn(), view.preparedByDepartment());
    }

    /** The act's main date: when it was adopted, or, while it is a draft, when it was drafted. */
    private static LocalDate mainDateOf(ActView view) {
        return view.adoptedOn() != null ? view.adoptedOn() : view.draftedOn();
    }

    private static RecordSummary summaryOf(ActView view) {
        LocalDate date = mainDateOf(view);
        String text = RecordSummary.textOf(view.number(), view.title());
        return new RecordSummary(view.kind().value(), view.status().value(), date,
                date == null ? null : date.toString(), text);
    }
}
