package ua.hromada.registry.appeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealPage;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealResolvedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealStatus;
import ua.hromada.registry.api.appeal.CitizenAppealView;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.registry.api.appeal.FindCitizenAppealQuery;
import ua.hromada.registry.api.appeal.FindCitizenAppealsQuery;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * The register of citizens' appeals as the council reads it: one document per appeal in {@value #COLLECTION} with
 * its current state; the list's kind is the appeal's channel. Appeals are a flow (counted by {@code receivedOn}
 * within a period), so there is no count as of a day here. Idempotent by the aggregate sequence number (see
 * {@link RecordDirectory}).
 * <p>
 * The resolution comes only from {@link CitizenAppealResolvedEvent}: {@link CitizenAppealReceivedEvent} repeats what
 * an imported line said about it just so the aggregate recognises a repeated line, and the resolved event follows it
 * in the same commit.
 */
@Component
@ProcessingGroup(CitizenAppealDirectoryProjection.PROCESSING_GROUP)
class CitizenAppealDirectoryProjection {

    static final String PROCESSING_GROUP = "citizen-appeal-directory";
    static final String COLLECTION = "registry_citizen_appeals";

    private final RecordDirectory<CitizenAppealView> directory;

    CitizenAppealDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, CitizenAppealView.class,
                CitizenAppealDirectoryProjection::summaryOf, json);
    }

    @EventHandler
    void on(CitizenAppealReceivedEvent event, @SequenceNumber long sequence) {
        String id = event.citizenAppealId().value();
        // resolvedOn of the event is deliberately not read: see the class comment.
        CitizenAppealDetails details = new CitizenAppealDetails(event.channel(), event.receivedOn(), event.topic(),
                event.applicantName(), null);
        directory.apply(id, sequence, none -> view(id, details, CitizenAppealStatus.RECEIVED, 0, sequence));
    }

    @EventHandler
    void on(CitizenAppealResolvedEvent event, @SequenceNumber long sequence) {
        String id = event.citizenAppealId().value();
        directory.apply(id, sequence, current -> view(id, new CitizenAppealDetails(current.channel(),
                current.receivedOn(), current.topic(), current.applicantName(), event.resolvedOn()),
                CitizenAppealStatus.RESOLVED, current.corrections(), sequence));
    }

    @EventHandler
    void on(CitizenAppealCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.citizenAppealId().value();
        CitizenAppealDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> view(id, corrected, corrected.resolvedOn() == null
                ? CitizenAppealStatus.RECEIVED : CitizenAppealStatus.RESOLVED, current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(CitizenAppealWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.citizenAppealId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), CitizenAppealStatus.WITHDRAWN,
                current.corrections(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }

    @QueryHandler
    Optional<CitizenAppealView> handle(FindCitizenAppealQuery query,
                                       @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.citizenAppealId().value());
    }

    @QueryHandler
    CitizenAppealPage handle(FindCitizenAppealsQuery query,
                             @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<CitizenAppealView> page = directory.page(tenant, query.filter());
        return new CitizenAppealPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    private static CitizenAppealView view(String id, CitizenAppealDetails details, CitizenAppealStatus status,
                                          int corrections, long version) {
        return new CitizenAppealView(TenantScopedId.parse(id).clientId(), details.channel(), details.receivedOn(),
                details.topic(), details.applicantName(), details.resolvedOn(), status, corrections, version);
    }

    private static CitizenAppealDetails detailsOf(CitizenAppealView view) {
        return new CitizenAppealDetails(view.channel(), view.receivedOn(), view.topic(), view.applicantName(),
                view.resolvedOn());
    }

    private static RecordSummary summaryOf(CitizenAppealView view) {
        String text = RecordSummary.textOf(view.topic(), view.applicantName());
        return new RecordSummary(view.channel().value(), view.status().value(), view.receivedOn(),
                view.receivedOn().toString(), text);
    }
}
