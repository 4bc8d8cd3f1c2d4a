package ua.hromada.registry.act;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActPage;
import ua.hromada.registry.api.act.ActPublishedEvent;
import ua.hromada.registry.api.act.ActStatus;
import ua.hromada.registry.api.act.ActView;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.act.FindActQuery;
import ua.hromada.registry.api.act.FindActsQuery;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class ActDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final LocalDate DRAFTED = LocalDate.of(2021, 3, 1);
    private static final LocalDate ADOPTED = LocalDate.of(2021, 3, 25);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 30);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private ActDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new ActDirectoryProjection(database, json());
        collection = database.getCollection(ActDirectoryProjection.COLLECTION);
    }

    @Test
    void aDraftIsAdoptedThenPublishedAndTheViewShowsEachStep() {
        ActId id = scoped(LYSYCHANSK, "act-1");
        projection.on(drafted(LYSYCHANSK, "act-1", ActKind.COUNCIL_DECISION, null, "Про бюджет", DRAFTED), 0);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.COUNCIL_DECISION, null,
                "Про бюджет", DRAFTED, null, null, true, ActStatus.DRAFTED, 0, 0));

        projection.on(new ActAdoptedEvent(id, ActKind.COUNCIL_DECISION, "154", "Про бюджет", ADOPTED, true, null), 1);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.COUNCIL_DECISION, "154",
                "Про бюджет", DRAFTED, ADOPTED, null, true, ActStatus.ADOPTED, 0, 1));

        projection.on(new ActPublishedEvent(id, ActKind.COUNCIL_DECISION, "154", PUBLISHED, true), 2);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.COUNCIL_DECISION, "154",
                "Про бюджет", DRAFTED, ADOPTED, PUBLISHED, true, ActStatus.PUBLISHED, 0, 2));
    }

    @Test
    void redeliveredEventsLeaveOneRecordAsTheLastEventLeftIt() {
        ActId id = scoped(LYSYCHANSK, "act-1");
        ActDraftedEvent draftedEvent = drafted(LYSYCHANSK, "act-1", ActKind.COUNCIL_DECISION, "154", "Про бюджет",
                DRAFTED);
        ActAdoptedEvent adopted = new ActAdoptedEvent(id, ActKind.COUNCIL_DECISION, "154", "Про бюджет", ADOPTED, true,
                null);
        projection.on(draftedEvent, 0);
        projection.on(adopted, 1);
        ActView afterBoth = find(LYSYCHANSK, "act-1").orElseThrow();

        // a processor restarted from an older token handles both again
        projection.on(draftedEvent, 0);
        projection.on(adopted, 1);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "act-1")).contains(afterBoth);
        assertThat(afterBoth.status()).isEqualTo(ActStatus.ADOPTED);
    }

    @Test
    void anActRecordedAlreadyPublishedTakesItsStepsFromTheStepEventsNotFromTheRecordedDetails() {
        ActId id = scoped(LYSYCHANSK, "act-1");
        ActDetails recorded = new ActDetails(ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", null, ADOPTED,
                PUBLISHED, false);
        projection.on(new ActAdoptedEvent(id, ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", ADOPTED, false,
                recorded), 0);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.HEAD_DIRECTIVE, "7",
                "Про нагородження", null, ADOPTED, null, false, ActStatus.ADOPTED, 0, 0));

        projection.on(new ActPublishedEvent(id, ActKind.HEAD_DIRECTIVE, "7", PUBLISHED, false), 1);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.HEAD_DIRECTIVE, "7",
                "Про нагородження", null, ADOPTED, PUBLISHED, false, ActStatus.PUBLISHED, 0, 1));
    }

    @Test
    void aDraftRecordedWithItsLaterStepsIsADraftUntilTheirEventsArrive() {
        ActDetails recorded = new ActDetails(ActKind.COUNCIL_DECISION, "154", "Про бюджет", DRAFTED, ADOPTED,
                PUBLISHED, true);
        projection.on(new ActDraftedEvent(scoped(LYSYCHANSK, "act-1"), ActKind.COUNCIL_DECISION, "154",
                "Про бюджет", DRAFTED, true, recorded), 0);

        ActView view = find(LYSYCHANSK, "act-1").orElseThrow();
        assertThat(view.status()).isEqualTo(ActStatus.DRAFTED);
        assertThat(view.adoptedOn()).isNull();
        assertThat(view.publishedOn()).isNull();
        assertThat(list(LYSYCHANSK, filter(null, "adopted", null, null, null)).total()).isZero();
    }

    @Test
    void aDraftDecisionPublishedForDiscussionIsListedByItsDraftingDay() {
        ActId id = scoped(LYSYCHANSK, "draft-1");
        projection.on(drafted(LYSYCHANSK, "draft-1", ActKind.DRAFT_DECISION, "П-12", "Проєкт", DRAFTED), 0);
        projection.on(new ActPublishedEvent(id, ActKind.DRAFT_DECISION, "П-12", LocalDate.of(2021, 3, 5), true), 1);

        assertThat(find(LYSYCHANSK, "draft-1")).map(ActView::status).contains(ActStatus.PUBLISHED);
        assertThat(list(LYSYCHANSK, filter(null, null, DRAFTED, DRAFTED, null)).items())
                .extracting(ActView::id).containsExactly("draft-1");
    }

    @Test
    void aCorrectionReplacesTheDetailsAndItsStatusFollowsTheCorrectedDates() {
        ActId id = scoped(LYSYCHANSK, "act-1");
        ActDetails adoptedAct = new ActDetails(ActKind.COUNCIL_DECISION, "154", "Про бюджет", DRAFTED, ADOPTED, null,
                true);
        ActDetails stillADraft = new ActDetails(ActKind.COUNCIL_DECISION, null, "Про бюджет міста", DRAFTED, null,
                null, true);
        projection.on(drafted(LYSYCHANSK, "act-1", ActKind.COUNCIL_DECISION, null, "Про бюджет", DRAFTED), 0);
        projection.on(new ActAdoptedEvent(id, ActKind.COUNCIL_DECISION, "154", "Про бюджет", ADOPTED, true, null), 1);

        projection.on(new ActCorrectedEvent(id, adoptedAct, stillADraft, "ухвалення внесено помилково"), 2);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.COUNCIL_DECISION, null,
                "Про бюджет міста", DRAFTED, null, null, true, ActStatus.DRAFTED, 1, 2));
        assertThat(list(LYSYCHANSK, filter(null, null, null, null, "154")).total()).isZero();
    }

    @Test
    void aWithdrawnActLeavesTheListButKeepsWhatItSaid() {
        ActId id = scoped(LYSYCHANSK, "act-1");
        projection.on(drafted(LYSYCHANSK, "act-1", ActKind.EXECUTIVE_DECISION, "12", "Про сквер", DRAFTED), 0);
        ActDetails held = new ActDetails(ActKind.EXECUTIVE_DECISION, "12", "Про сквер", DRAFTED, null, null, true);

        projection.on(new ActWithdrawnEvent(id, held, "внесено двічі"), 1);

        assertThat(find(LYSYCHANSK, "act-1")).contains(new ActView("act-1", ActKind.EXECUTIVE_DECISION, "12",
                "Про сквер", DRAFTED, null, null, true, ActStatus.WITHDRAWN, 0, 1));
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, filter(null, "withdrawn", null, null, null)).items())
                .extracting(ActView::id).containsExactly("act-1");
    }

    @Test
    void listsByMainDateThenIdAndFiltersByKindStatusDatesAndText() {
        projection.on(adopted(LYSYCHANSK, "b", ActKind.HEAD_DIRECTIVE, "7", "Про нагородження",
                LocalDate.of(2021, 2, 1)), 0);
        projection.on(adopted(LYSYCHANSK, "a", ActKind.HEAD_DIRECTIVE, "8", "Про відпустку",
                LocalDate.of(2021, 2, 1)), 0);
        projection.on(adopted(LYSYCHANSK, "c", ActKind.COUNCIL_DECISION, "154", "Про бюджет",
                LocalDate.of(2020, 12, 24)), 0);
        projection.on(drafted(LYSYCHANSK, "d", ActKind.DRAFT_DECISION, null, "Про сквер", LocalDate.of(2021, 1, 15)),
                0);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(ActView::id)
                .containsExactly("c", "d", "a", "b");
        assertThat(list(LYSYCHANSK, filter("head_directive", null, null, null, null)).items())
                .extracting(ActView::id).containsExactly("a", "b");
        assertThat(list(LYSYCHANSK, filter(null, "drafted", null, null, null)).items())
                .extracting(ActView::id).containsExactly("d");
        assertThat(list(LYSYCHANSK, filter(null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31), null))
                .items()).extracting(ActView::id).containsExactly("d");
        assertThat(list(LYSYCHANSK, filter(null, null, null, null, "154")).items()).extracting(ActView::id)
                .containsExactly("c");
        assertThat(list(LYSYCHANSK, filter(null, null, null, null, "НАГОРОДЖ")).items()).extracting(ActView::id)
                .containsExactly("b");
        ActPage second = list(LYSYCHANSK, new RecordFilter(null, null, null, null, null, 1, 3));
        assertThat(second.items()).extracting(ActView::id).containsExactly("b");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(adopted(LYSYCHANSK, "act-1", ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", ADOPTED), 0);
        projection.on(adopted(NIZHYN, "act-1", ActKind.COUNCIL_DECISION, "1", "Ніжинське", ADOPTED), 0);

        assertThat(projection.handle(new FindActQuery(scoped(LYSYCHANSK, "act-1")), NIZHYN)).isEmpty();
        assertThat(find(NIZHYN, "act-1")).map(ActView::title).contains("Ніжинське");
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).extracting(ActView::title)
                .containsExactly("Ніжинське");
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String title = "{\"$gt\": \"\"}";
        projection.on(adopted(LYSYCHANSK, "act-1", ActKind.HEAD_DIRECTIVE, "7", title, ADOPTED), 0);
        projection.on(adopted(LYSYCHANSK, "act-2", ActKind.HEAD_DIRECTIVE, "8", "Звичайне (.*)", ADOPTED), 0);

        assertThat(find(LYSYCHANSK, "act-1")).map(ActView::title).contains(title);
        assertThat(list(LYSYCHANSK, filter(null, null, null, null, "$gt")).items()).extracting(ActView::id)
                .containsExactly("act-1");
        assertThat(list(LYSYCHANSK, filter(null, null, null, null, ".*")).items()).extracting(ActView::id)
                .containsExactly("act-2");
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(adopted(LYSYCHANSK, "act-1", ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", ADOPTED), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(find(LYSYCHANSK, "act-1")).isEmpty();
    }

    private Optional<ActView> find(String tenant, String clientId) {
        return projection.handle(new FindActQuery(scoped(tenant, clientId)), tenant);
    }

    private ActPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindActsQuery(filter), tenant);
    }

    private static RecordFilter filter(String kind, String status, LocalDate from, LocalDate to, String text) {
        return new RecordFilter(kind, status, from, to, text, 0, 20);
    }

    private static ActDraftedEvent drafted(String tenant, String clientId, ActKind kind, String number, String title,
                                           LocalDate draftedOn) {
        return new ActDraftedEvent(scoped(tenant, clientId), kind, number, title, draftedOn, true,
                new ActDetails(kind, number, title, draftedOn, null, null, true));
    }

    private static ActAdoptedEvent adopted(String tenant, String clientId, ActKind kind, String number, String title,
                                           LocalDate adoptedOn) {
        return new ActAdoptedEvent(scoped(tenant, clientId), kind, number, title, adoptedOn, false,
                new ActDetails(kind, number, title, null, adoptedOn, null, false));
    }

    private static ActId scoped(String tenant, String clientId) {
        return ActId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
