package ua.hromada.registry.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.organisation.CountOrganisationsQuery;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.OrganisationAmendedEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationCount;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRenamedEvent;
import ua.hromada.registry.api.organisation.OrganisationStatus;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.registry.record.StockCounter;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The register of organisations as the council reads it: one document per organisation in {@value #COLLECTION}
 * with its current state, and the counts "as of" a day by kind. Idempotent by the aggregate sequence number (see
 * {@link RecordDirectory}); the counts move with each event before its document changes.
 */
@Component
@ProcessingGroup(OrganisationDirectoryProjection.PROCESSING_GROUP)
class OrganisationDirectoryProjection {

    static final String PROCESSING_GROUP = "organisation-directory";
    static final String COLLECTION = "registry_organisations";

    private final RecordDirectory<OrganisationView> directory;
    private final StockCounter counter;

    OrganisationDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, OrganisationView.class,
                OrganisationDirectoryProjection::summaryOf, json);
        counter = new StockCounter(database, "organisations");
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        OrganisationDetails details = new OrganisationDetails(event.kind(), event.name(), event.registeredOn(), null,
                event.party(), event.code());
        directory.apply(id, sequence, none -> view(id, details, OrganisationStatus.ACTIVE, 0, sequence),
                counting(id, sequence));
    }

    @EventHandler
    void on(OrganisationAmendedEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        directory.apply(id, sequence, current -> view(id, new OrganisationDetails(current.kind(), current.name(),
                current.registeredOn(), current.liquidatedOn(), event.party(), event.code()), current.status(),
                current.corrections(), sequence));
    }

    @EventHandler
    void on(OrganisationRenamedEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        directory.apply(id, sequence, current -> view(id, new OrganisationDetails(current.kind(), event.name(),
                current.registeredOn(), current.liquidatedOn(), current.party(), current.code()), current.status(),
                current.corrections(), sequence));
    }

    @EventHandler
    void on(OrganisationLiquidatedEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        directory.apply(id, sequence, current -> view(id, new OrganisationDetails(current.kind(), current.name(),
                current.registeredOn(), event.liquidatedOn(), current.party(), current.code()),
                OrganisationStatus.LIQUIDATED, current.corrections(), sequence), counting(id, sequence));
    }

    @EventHandler
    void on(OrganisationCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        OrganisationDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> view(id, corrected, corrected.liquidatedOn() == null
                ? OrganisationStatus.ACTIVE : OrganisationStatus.LIQUIDATED, current.corrections() + 1, sequence),
                counting(id, sequence));
    }

    @EventHandler
    void on(OrganisationWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), OrganisationStatus.WITHDRAWN,
                current.corrections(), sequence), counting(id, sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
        counter.clear();
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisationQuery query,
                                      @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.organisationId().value());
    }

    @QueryHandler
    OrganisationPage handle(FindOrganisationsQuery query,
                            @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<OrganisationView> page = directory.page(tenant, query.filter());
        return new OrganisationPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    @QueryHandler
    OrganisationCount handle(CountOrganisationsQuery query,
                             @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        String kind = query.kind() == null ? null : query.kind().value();
        return new OrganisationCount(query.kind(), query.asOf(), counter.count(tenant, kind, query.asOf()));
    }

    /** Moves the record's counts from what its view said before the event to what it says after. */
    private BiConsumer<OrganisationView, OrganisationView> counting(String id, long sequence) {
        return counter.moving(id, sequence, OrganisationDirectoryProjection::spanOf);
    }

    private static StockCounter.Span spanOf(OrganisationView view) {
        if (view == null || view.status() == OrganisationStatus.WITHDRAWN) {
            return null;
        }
        return new StockCounter.Span(view.kind().value(), view.registeredOn(), view.liquidatedOn());
    }

    private static OrganisationView view(String id, OrganisationDetails details, OrganisationStatus status,
                                         int corrections, long version) {
        return new OrganisationView(TenantScopedId.parse(id).clientId(), details.kind(), details.name(),
                details.registeredOn(), details.liquidatedOn(), details.party(), details.code(), status, corrections,
                version);
    }

    private static OrganisationDetails detailsOf(OrganisationView view) {
        return new OrganisationDetails(view.kind(), view.name(), view.registeredOn(), view.liquidatedOn(),
                view.party(), view.code());
    }

    private static RecordSummary summaryOf(OrganisationView view) {
        String text = RecordSummary.textOf(view.name(), view.party(), view.code(), view.id());
        return new RecordSummary(view.kind().value(), view.status().value(), view.registeredOn(), view.name(), text);
    }
}
