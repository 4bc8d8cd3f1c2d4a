package ua.hromada.registry.petition;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.petition.FindPetitionQuery;
import ua.hromada.registry.api.petition.FindPetitionsQuery;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionCorrectedEvent;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPage;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRecordStatus;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionSignaturesRecordedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.petition.PetitionView;
import ua.hromada.registry.api.petition.PetitionWithdrawnEvent;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class PetitionDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 4, 1);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 4, 3);
    private static final LocalDate ANSWERED = LocalDate.of(2021, 6, 1);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private PetitionDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new PetitionDirectoryProjection(database, json());
        collection = database.getCollection(PetitionDirectoryProjection.COLLECTION);
    }

    @Test
    void aPetitionIsPublishedSignedAndAnsweredAndTheViewShowsEachStep() {
        PetitionId id = scoped(LYSYCHANSK, "p-1");
        projection.on(submitted(LYSYCHANSK, "p-1", "Про сквер", SUBMITTED), 0);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про сквер", SUBMITTED, "Іван Франко",
                0, PetitionRecordStatus.MODERATION, null, null, null, null, 0, 0));

        projection.on(new PetitionPublishedEvent(id, SUBMITTED, PUBLISHED), 1);
        projection.on(new PetitionSignaturesRecordedEvent(id, 120), 2);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про сквер", SUBMITTED, "Іван Франко",
                120, PetitionRecordStatus.PUBLISHED, PUBLISHED, null, null, null, 0, 2));

        projection.on(new PetitionAnsweredEvent(id, SUBMITTED, ANSWERED), 3);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про сквер", SUBMITTED, "Іван Франко",
                120, PetitionRecordStatus.ANSWERED, PUBLISHED, null, null, ANSWERED, 0, 3));
    }

    @Test
    void anImportedAnsweredPetitionTakesItsStatusFromTheStepEventsNotFromTheRecordedDetails() {
        PetitionId id = scoped(LYSYCHANSK, "p-1");
        PetitionDetails recorded = new PetitionDetails("Про сквер", SUBMITTED, null, 300, PetitionStatus.ANSWERED,
                PUBLISHED, null, ANSWERED);
        projection.on(new PetitionSubmittedEvent(id, "Про сквер", SUBMITTED, null, recorded), 0);

        assertThat(find(LYSYCHANSK, "p-1")).map(PetitionView::status).contains(PetitionRecordStatus.MODERATION);
        assertThat(find(LYSYCHANSK, "p-1")).map(PetitionView::signatures).contains(0);

        projection.on(new PetitionPublishedEvent(id, SUBMITTED, PUBLISHED), 1);
        projection.on(new PetitionSignaturesRecordedEvent(id, 300), 2);
        projection.on(new PetitionAnsweredEvent(id, SUBMITTED, ANSWERED), 3);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про сквер", SUBMITTED, null, 300,
                PetitionRecordStatus.ANSWERED, PUBLISHED, null, null, ANSWERED, 0, 3));
    }

    @Test
    void redeliveredEventsLeaveOneRecordAsTheLastEventLeftIt() {
        PetitionId id = scoped(LYSYCHANSK, "p-1");
        PetitionSubmittedEvent submittedEvent = submitted(LYSYCHANSK, "p-1", "Про сквер", SUBMITTED);
        PetitionPublishedEvent published = new PetitionPublishedEvent(id, SUBMITTED, PUBLISHED);
        PetitionSignaturesRecordedEvent signed = new PetitionSignaturesRecordedEvent(id, 50);
        projection.on(submittedEvent, 0);
        projection.on(published, 1);
        projection.on(signed, 2);
        PetitionView afterAll = find(LYSYCHANSK, "p-1").orElseThrow();

        projection.on(submittedEvent, 0);
        projection.on(published, 1);
        projection.on(signed, 2);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "p-1")).contains(afterAll);
        assertThat(afterAll.signatures()).isEqualTo(50);
    }

    @Test
    void aRejectionShowsItsDayAndReason() {
        projection.on(submitted(LYSYCHANSK, "p-1", "Про Місяць", SUBMITTED), 0);

        projection.on(new PetitionRejectedEvent(scoped(LYSYCHANSK, "p-1"), SUBMITTED, LocalDate.of(2021, 4, 2),
                "поза компетенцією ради"), 1);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про Місяць", SUBMITTED, "Іван Франко",
                0, PetitionRecordStatus.REJECTED, null, LocalDate.of(2021, 4, 2), "поза компетенцією ради", null, 0,
                1));
    }

    @Test
    void aCorrectionReplacesTheDetailsAndDropsARejectionReasonThatNoLongerApplies() {
        PetitionId id = scoped(LYSYCHANSK, "p-1");
        projection.on(submitted(LYSYCHANSK, "p-1", "Про сквер", SUBMITTED), 0);
        projection.on(new PetitionRejectedEvent(id, SUBMITTED, LocalDate.of(2021, 4, 2), "дубль"), 1);
        PetitionDetails rejected = new PetitionDetails("Про сквер", SUBMITTED, "Іван Франко", 0,
                PetitionStatus.REJECTED, null, LocalDate.of(2021, 4, 2), null);
        PetitionDetails published = new PetitionDetails("Про сквер біля школи", SUBMITTED, "Іван Франко", 40,
                PetitionStatus.PUBLISHED, PUBLISHED, null, null);

        projection.on(new PetitionCorrectedEvent(id, rejected, published, "відхилено помилково"), 2);

        assertThat(find(LYSYCHANSK, "p-1")).contains(new PetitionView("p-1", "Про сквер біля школи", SUBMITTED,
                "Іван Франко", 40, PetitionRecordStatus.PUBLISHED, PUBLISHED, null, null, null, 1, 2));
    }

    @Test
    void aWithdrawnPetitionLeavesTheListButKeepsWhatItSaid() {
        projection.on(submitted(LYSYCHANSK, "p-1", "Про сквер", SUBMITTED), 0);
        PetitionDetails held = new PetitionDetails("Про сквер", SUBMITTED, "Іван Франко", 0,
                PetitionStatus.MODERATION, null, null, null);

        projection.on(new PetitionWithdrawnEvent(scoped(LYSYCHANSK, "p-1"), held, "внесено двічі"), 1);

        assertThat(find(LYSYCHANSK, "p-1")).map(PetitionView::status).contains(PetitionRecordStatus.WITHDRAWN);
        assertThat(find(LYSYCHANSK, "p-1")).map(PetitionView::title).contains("Про сквер");
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, filter("withdrawn", null, null, null)).items())
                .extracting(PetitionView::id).containsExactly("p-1");
    }

    @Test
    void listsBySubmissionDayThenIdAndFiltersByStatusDatesAndTextInTitleAndAuthor() {
        projection.on(new PetitionSubmittedEvent(scoped(LYSYCHANSK, "b"), "Про ліхтарі", LocalDate.of(2021, 2, 1),
                "Леся Українка", null), 0);
        projection.on(new PetitionSubmittedEvent(scoped(LYSYCHANSK, "a"), "Про лавки", LocalDate.of(2021, 2, 1),
                "Тарас Шевченко", null), 0);
        projection.on(new PetitionSubmittedEvent(scoped(LYSYCHANSK, "c"), "Про сквер", LocalDate.of(2020, 12, 1),
                null, null), 0);
        projection.on(new PetitionPublishedEvent(scoped(LYSYCHANSK, "c"), LocalDate.of(2020, 12, 1),
                LocalDate.of(2020, 12, 2)), 1);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(PetitionView::id)
                .containsExactly("c", "a", "b");
        assertThat(list(LYSYCHANSK, filter("published", null, null, null)).items()).extracting(PetitionView::id)
                .containsExactly("c");
        assertThat(list(LYSYCHANSK, filter(null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), null)).items())
                .extracting(PetitionView::id).containsExactly("a", "b");
        assertThat(list(LYSYCHANSK, filter(null, null, null, "українка")).items()).extracting(PetitionView::id)
                .containsExactly("b");
        assertThat(list(LYSYCHANSK, filter(null, null, null, "Лавки")).items()).extracting(PetitionView::id)
                .containsExactly("a");
        PetitionPage second = list(LYSYCHANSK, new RecordFilter(null, null, null, null, null, 1, 2));
        assertThat(second.items()).extracting(PetitionView::id).containsExactly("b");
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(submitted(LYSYCHANSK, "p-1", "Лисичанська", SUBMITTED), 0);
        projection.on(submitted(NIZHYN, "p-1", "Ніжинська", SUBMITTED), 0);

        assertThat(projection.handle(new FindPetitionQuery(scoped(LYSYCHANSK, "p-1")), NIZHYN)).isEmpty();
        assertThat(find(NIZHYN, "p-1")).map(PetitionView::title).contains("Ніжинська");
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).extracting(PetitionView::title)
                .containsExactly("Ніжинська");
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String title = "{\"$gt\": \"\"}";
        projection.on(submitted(LYSYCHANSK, "p-1", title, SUBMITTED), 0);
        projection.on(submitted(LYSYCHANSK, "p-2", "Звичайна (.*)", SUBMITTED), 0);

        assertThat(find(LYSYCHANSK, "p-1")).map(PetitionView::title).contains(title);
        assertThat(list(LYSYCHANSK, filter(null, null, null, "$gt")).items()).extracting(PetitionView::id)
                .containsExactly("p-1");
        assertThat(list(LYSYCHANSK, filter(null, null, null, ".*")).items()).extracting(PetitionView::id)
                .containsExactly("p-2");
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(submitted(LYSYCHANSK, "p-1", "Про сквер", SUBMITTED), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(find(LYSYCHANSK, "p-1")).isEmpty();
    }

    private Optional<PetitionView> find(String tenant, String clientId) {
        return projection.handle(new FindPetitionQuery(scoped(tenant, clientId)), tenant);
    }

    private PetitionPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindPetitionsQuery(filter), tenant);
    }

    private static RecordFilter filter(String status, LocalDate from, LocalDate to, String text) {
        return new RecordFilter(null, status, from, to, text, 0, 20);
    }

    private static PetitionSubmittedEvent submitted(String tenant, String clientId, String title,
                                                    LocalDate submittedOn) {
        return new PetitionSubmittedEvent(scoped(tenant, clientId), title, submittedOn, "Іван Франко",
                new PetitionDetails(title, submittedOn, "Іван Франко", 0, PetitionStatus.MODERATION, null, null,
                        null));
    }

    private static PetitionId scoped(String tenant, String clientId) {
        return PetitionId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
