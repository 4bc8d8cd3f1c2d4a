package ua.hromada.registry.organisation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.organisation.CountOrganisationsQuery;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRenamedEvent;
import ua.hromada.registry.api.organisation.OrganisationStatus;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.record.ReadModelBatch;
import ua.hromada.registry.record.RegistryFixtures;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory as an event processor drives it: many events in one unit of work, written together when the last
 * one was handled, and a batch delivered again after a crash changing nothing.
 */
class OrganisationDirectoryBatchTest {

    private static final String TENANT = "lysychansk";

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private OrganisationDirectoryProjection projection;
    private MongoCollection<Document> records;
    private final List<Long> recordsSeenWhileHandling = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new OrganisationDirectoryProjection(database, RegistryFixtures.json());
        records = database.getCollection(OrganisationDirectoryProjection.COLLECTION);
    }

    @Test
    void aBatchIsWrittenWhenItsLastEventWasHandledAndReadsItsOwnEarlierEvents() throws Exception {
        handleInOneBatch(batch());

        assertThat(recordsSeenWhileHandling).as("nothing written before the batch's last event").containsOnly(0L);
        assertThat(find("org-1")).map(OrganisationView::name).contains("Віра-Схід");
        assertThat(find("org-1")).map(OrganisationView::version).contains(1L);
        assertThat(find("org-2")).map(OrganisationView::status).contains(OrganisationStatus.LIQUIDATED);
        assertThat(count(LocalDate.of(2021, 2, 28))).isEqualTo(3);
        assertThat(count(LocalDate.of(2021, 3, 1))).isEqualTo(2);
    }

    @Test
    void aBatchDeliveredAgainAfterACrashChangesNothing() throws Exception {
        handleInOneBatch(batch());
        handleInOneBatch(batch());

        assertThat(records.countDocuments()).isEqualTo(3);
        assertThat(count(LocalDate.of(2021, 2, 28))).isEqualTo(3);
        assertThat(count(LocalDate.of(2021, 3, 1))).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        List<DomainEventMessage<?>> failing = new ArrayList<>(batch());
        failing.add(event("org-9", 0, new OrganisationRegisteredEvent(id("org-9"), OrganisationKind.NGO, null,
                LocalDate.of(2020, 1, 1), null, null)));

        assertThatThrownBy(() -> handleInOneBatch(failing)).isInstanceOf(Exception.class);

        assertThat(records.countDocuments()).isZero();
        assertThat(count(LocalDate.of(2022, 1, 1))).isZero();
    }

    private List<DomainEventMessage<?>> batch() {
        return List.of(
                event("org-1", 0, registered("org-1", "Віра", LocalDate.of(2019, 5, 14))),
                event("org-2", 0, registered("org-2", "Надія", LocalDate.of(2020, 1, 10))),
                event("org-1", 1, new OrganisationRenamedEvent(id("org-1"), "Віра", "Віра-Схід",
                        LocalDate.of(2020, 6, 1))),
                event("org-3", 0, registered("org-3", "Любов", LocalDate.of(2021, 1, 5))),
                event("org-2", 1, new OrganisationLiquidatedEvent(id("org-2"), OrganisationKind.NGO,
                        LocalDate.of(2021, 3, 1))));
    }

    /** As Axon's tracking processor does: one unit of work for the batch, the flushing interceptor around each event. */
    private void handleInOneBatch(List<DomainEventMessage<?>> events) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        ReadModelBatch.Flushing flushing = new ReadModelBatch.Flushing();
        var result = unitOfWork.executeWithResult(() -> flushing.handle(unitOfWork, () -> {
            if (!unitOfWork.isLastMessage()) {
                recordsSeenWhileHandling.add(records.countDocuments());
            }
            DomainEventMessage<?> event = (DomainEventMessage<?>) unitOfWork.getMessage();
            Object payload = event.getPayload();
            if (payload instanceof OrganisationRegisteredEvent registered) {
                if (registered.name() == null) {
                    throw new IllegalStateException("a handler fails");
                }
                projection.on(registered, event.getSequenceNumber());
            } else if (payload instanceof OrganisationRenamedEvent renamed) {
                projection.on(renamed, event.getSequenceNumber());
            } else if (payload instanceof OrganisationLiquidatedEvent liquidated) {
                projection.on(liquidated, event.getSequenceNumber());
            }
            return null;
        }));
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }

    private Optional<OrganisationView> find(String clientId) {
        return projection.handle(new FindOrganisationQuery(id(clientId)), TENANT);
    }

    private long count(LocalDate asOf) {
        return projection.handle(new CountOrganisationsQuery(null, asOf), TENANT).count();
    }

    private static OrganisationRegisteredEvent registered(String clientId, String name, LocalDate registeredOn) {
        return new OrganisationRegisteredEvent(id(clientId), OrganisationKind.NGO, name, registeredOn, null, null);
    }

    private static DomainEventMessage<?> event(String clientId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Organisation", id(clientId).value(), sequence, payload);
    }

    private static OrganisationId id(String clientId) {
        return OrganisationId.of(TENANT + ":" + clientId);
    }
}
