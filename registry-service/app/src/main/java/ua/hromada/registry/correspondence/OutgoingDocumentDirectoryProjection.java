package ua.hromada.registry.correspondence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentsQuery;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentPage;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentStatus;
import ua.hromada.registry.api.correspondence.OutgoingDocumentView;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * The register of outgoing documents as the council reads it: one document per outgoing document in
 * {@value #COLLECTION} with its current state. Outgoing documents are a flow (counted by {@code sentOn} within a
 * period), so there is no count as of a day here. Idempotent by the aggregate sequence number (see
 * {@link RecordDirectory}).
 */
@Component
@ProcessingGroup(OutgoingDocumentDirectoryProjection.PROCESSING_GROUP)
class OutgoingDocumentDirectoryProjection {

    static final String PROCESSING_GROUP = "outgoing-document-directory";
    static final String COLLECTION = "registry_outgoing_documents";

    private final RecordDirectory<OutgoingDocumentView> directory;

    OutgoingDocumentDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, OutgoingDocumentView.class,
                OutgoingDocumentDirectoryProjection::summaryOf, json);
    }

    @EventHandler
    void on(OutgoingDocumentSentEvent event, @SequenceNumber long sequence) {
        String id = event.outgoingDocumentId().value();
        OutgoingDocumentDetails details = new OutgoingDocumentDetails(event.kind(), event.sentOn(), event.recipient(),
                event.subject(), event.registrationNumber(), event.inReplyTo());
        directory.apply(id, sequence, none -> view(id, details, OutgoingDocumentStatus.SENT, 0, sequence));
    }

    @EventHandler
    void on(OutgoingDocumentCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.outgoingDocumentId().value();
        directory.apply(id, sequence, current -> view(id, event.corrected(), current.status(),
                current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(OutgoingDocumentWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.outgoingDocumentId().value();
        directory.apply(id, sequence, current -> view(id, detailsOf(current), OutgoingDocumentStatus.WITHDRAWN,
                current.corrections(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }

    @QueryHandler
    Optional<OutgoingDocumentView> handle(FindOutgoingDocumentQuery query,
                                          @MetaDataValue(value = TenantMetaData.TENANT, required = true)
                                          String tenant) {
        return directory.find(tenant, query.outgoingDocumentId().value());
    }

    @QueryHandler
    OutgoingDocumentPage handle(FindOutgoingDocumentsQuery query,
                                @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<OutgoingDocumentView> page = directory.page(tenant, query.filter());
        return new OutgoingDocumentPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    private static OutgoingDocumentView view(String id, OutgoingDocumentDetails details,
                                             OutgoingDocumentStatus status, int corrections, long version) {
        return new OutgoingDocumentView(TenantScopedId.parse(id).clientId(), details.kind(), details.sentOn(),
                details.recipient(), details.subject(), details.registrationNumber(), details.inReplyTo(), status,
                corrections, version);
    }

    private static OutgoingDocumentDetails detailsOf(OutgoingDocumentView view) {
        return new OutgoingDocumentDetails(view.kind(), view.sentOn(), view.recipient(), view.subject(),
                view.registrationNumber(), view.inReplyTo());
    }

    private static RecordSummary summaryOf(OutgoingDocumentView view) {
        String text = RecordSummary.textOf(view.recipient(), view.subject(), view.registrationNumber());
        return new RecordSummary(view.kind().value(), view.status().value(), view.sentOn(), view.sentOn().toString(),
                text);
    }
}
