package ua.hromada.registry.petition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.petition.FindPetitionQuery;
import ua.hromada.registry.api.petition.FindPetitionsQuery;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionCorrectedEvent;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionPage;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRecordStatus;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionSignaturesRecordedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.petition.PetitionView;
import ua.hromada.registry.api.petition.PetitionWithdrawnEvent;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * The council's e-petitions as it reads them: one document per petition in {@value #COLLECTION} with its current
 * state, listed by {@code submittedOn}. The status comes from the lifecycle events alone (submitted into
 * moderation, published, rejected, answered); the details a submitting command carries for recognising its repeats
 * are never read here, so a petition imported with its later status is not counted twice. Idempotent by the
 * aggregate sequence number (see {@link RecordDirectory}). The register's metric is a flow, counted by reporting
 * from the events, so it keeps no stock counts.
 */
@Component
@ProcessingGroup(PetitionDirectoryProjection.PROCESSING_GROUP)
class PetitionDirectoryProjection {

    static final String PROCESSING_GROUP = "petition-directory";
    static final String COLLECTION = "registry_petitions";

    private final RecordDirectory<PetitionView> directory;

    PetitionDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, PetitionView.class,
                PetitionDirectoryProjection::summaryOf, json);
    }

    @EventHandler
    void on(PetitionSubmittedEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, none -> new PetitionView(clientIdOf(id), event.title(), event.submittedOn(),
                event.author(), 0, PetitionRecordStatus.MODERATION, null, null, null, null, 0, sequence));
    }

    @EventHandler
    void on(PetitionPublishedEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), current.title(),
                current.submittedOn(), current.author(), current.signatures(), PetitionRecordStatus.PUBLISHED,
                event.publishedOn(), current.rejectedOn(), current.rejectionReason(), current.answeredOn(),
                current.corrections(), sequence));
    }

    @EventHandler
    void on(PetitionRejectedEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), current.title(),
                current.submittedOn(), current.author(), current.signatures(), PetitionRecordStatus.REJECTED,
                current.publishedOn(), event.rejectedOn(), event.reason(), current.answeredOn(),
                current.corrections(), sequence));
    }

    @EventHandler
    void on(PetitionSignaturesRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), current.title(),
                current.submittedOn(), current.author(), event.signatures(), current.status(), current.publishedOn(),
                current.rejectedOn(), current.rejectionReason(), current.answeredOn(), current.corrections(),
                sequence));
    }

    @EventHandler
    void on(PetitionAnsweredEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), current.title(),
                current.submittedOn(), current.author(), current.signatures(), PetitionRecordStatus.ANSWERED,
                current.publishedOn(), current.rejectedOn(), current.rejectionReason(), event.answeredOn(),
                current.corrections(), sequence));
    }

    /** The corrected details replace the record; a rejection's reason stays only while the petition stays rejected. */
    @EventHandler
    void on(PetitionCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        PetitionDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), corrected.title(),
                corrected.submittedOn(), corrected.author(), corrected.signatures(),
                PetitionRecordStatus.of(corrected.status()), corrected.publishedOn(), corrected.rejectedOn(),
                corrected.status() == PetitionStatus.REJECTED ? current.rejectionReason() : null,
                corrected.answeredOn(), current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(PetitionWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.petitionId().value();
        directory.apply(id, sequence, current -> new PetitionView(current.id(), current.title(),
                current.submittedOn(), current.author(), current.signatures(), PetitionRecordStatus.WITHDRAWN,
                current.publishedOn(), current.rejectedOn(), current.rejectionReason(), current.answeredOn(),
                current.corrections(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }

    @QueryHandler
    Optional<PetitionView> handle(FindPetitionQuery query,
                                  @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.petitionId().value());
    }

    @QueryHandler
    PetitionPage handle(FindPetitionsQuery query,
                        @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<PetitionView> page = directory.page(tenant, query.filter());
        return new PetitionPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    private static String clientIdOf(String id) {
        return TenantScopedId.parse(id).clientId();
    }

    private static RecordSummary summaryOf(PetitionView view) {
        String text = RecordSummary.textOf(view.title(), view.author());
        return new RecordSummary(null, view.status().value(), view.submittedOn(), view.submittedOn().toString(),
                text);
    }
}
