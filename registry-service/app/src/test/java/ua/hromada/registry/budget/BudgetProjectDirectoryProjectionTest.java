package ua.hromada.registry.budget;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectCorrectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectPage;
import ua.hromada.registry.api.budget.BudgetProjectRecordStatus;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectView;
import ua.hromada.registry.api.budget.BudgetProjectVotingResultRecordedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.budget.BudgetProjectWithdrawnEvent;
import ua.hromada.registry.api.budget.FindBudgetProjectQuery;
import ua.hromada.registry.api.budget.FindBudgetProjectsQuery;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class BudgetProjectDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 3, 10);
    private static final BigDecimal AMOUNT = new BigDecimal("150000.50");

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private BudgetProjectDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new BudgetProjectDirectoryProjection(database, json());
        collection = database.getCollection(BudgetProjectDirectoryProjection.COLLECTION);
    }

    @Test
    void aProjectIsAdmittedVotedOnAndDeclaredAWinnerAndTheViewShowsEachStep() {
        BudgetProjectId id = scoped(LYSYCHANSK, "pb-1");
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, "Сквер", SUBMITTED), 0);

        assertThat(find(LYSYCHANSK, "pb-1")).contains(new BudgetProjectView("pb-1", 2021, SUBMITTED, "Сквер",
                "Олена Пчілка", "Великі проєкти", AMOUNT, BudgetProjectRecordStatus.SUBMITTED, null, null, 0, 0));

        projection.on(new BudgetProjectAdmittedEvent(id, 2021), 1);
        projection.on(new BudgetProjectVotingResultRecordedEvent(id, 2021, 812), 2);

        assertThat(find(LYSYCHANSK, "pb-1")).contains(new BudgetProjectView("pb-1", 2021, SUBMITTED, "Сквер",
                "Олена Пчілка", "Великі проєкти", AMOUNT, BudgetProjectRecordStatus.ADMITTED, 812, null, 0, 2));

        projection.on(new BudgetProjectWinnerDeclaredEvent(id, 2021), 3);

        assertThat(find(LYSYCHANSK, "pb-1")).contains(new BudgetProjectView("pb-1", 2021, SUBMITTED, "Сквер",
                "Олена Пчілка", "Великі проєкти", AMOUNT, BudgetProjectRecordStatus.WINNER, 812, null, 0, 3));
    }

    @Test
    void anImportedWinnerTakesItsStatusFromTheStepEventsNotFromTheRecordedDetails() {
        BudgetProjectId id = scoped(LYSYCHANSK, "pb-1");
        BudgetProjectDetails recorded = new BudgetProjectDetails(2020, SUBMITTED.minusYears(1), "Сквер", null, null,
                null, BudgetProjectStatus.WINNER, 900);
        projection.on(new BudgetProjectSubmittedEvent(id, 2020, SUBMITTED.minusYears(1), "Сквер", null, null, null,
                recorded), 0);

        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::status)
                .contains(BudgetProjectRecordStatus.SUBMITTED);
        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::votes).isEmpty();

        projection.on(new BudgetProjectAdmittedEvent(id, 2020), 1);
        projection.on(new BudgetProjectVotingResultRecordedEvent(id, 2020, 900), 2);
        projection.on(new BudgetProjectWinnerDeclaredEvent(id, 2020), 3);

        assertThat(find(LYSYCHANSK, "pb-1")).contains(new BudgetProjectView("pb-1", 2020, SUBMITTED.minusYears(1),
                "Сквер", null, null, null, BudgetProjectRecordStatus.WINNER, 900, null, 0, 3));
    }

    @Test
    void redeliveredEventsLeaveOneRecordAsTheLastEventLeftIt() {
        BudgetProjectId id = scoped(LYSYCHANSK, "pb-1");
        BudgetProjectSubmittedEvent submittedEvent = submitted(LYSYCHANSK, "pb-1", 2021, "Сквер", SUBMITTED);
        BudgetProjectAdmittedEvent admitted = new BudgetProjectAdmittedEvent(id, 2021);
        BudgetProjectVotingResultRecordedEvent voted = new BudgetProjectVotingResultRecordedEvent(id, 2021, 10);
        projection.on(submittedEvent, 0);
        projection.on(admitted, 1);
        projection.on(voted, 2);
        BudgetProjectView afterAll = find(LYSYCHANSK, "pb-1").orElseThrow();

        projection.on(submittedEvent, 0);
        projection.on(admitted, 1);
        projection.on(voted, 2);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "pb-1")).contains(afterAll);
        assertThat(afterAll.votes()).isEqualTo(10);
    }

    @Test
    void aRejectionShowsItsReasonUntilACorrectionAdmitsTheProject() {
        BudgetProjectId id = scoped(LYSYCHANSK, "pb-1");
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, "Сквер", SUBMITTED), 0);
        projection.on(new BudgetProjectRejectedEvent(id, 2021, "перевищує ліміт"), 1);

        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::rejectionReason).contains("перевищує ліміт");

        BudgetProjectDetails rejected = new BudgetProjectDetails(2021, SUBMITTED, "Сквер", "Олена Пчілка",
                "Великі проєкти", AMOUNT, BudgetProjectStatus.REJECTED, null);
        BudgetProjectDetails admitted = new BudgetProjectDetails(2022, SUBMITTED, "Сквер", "Олена Пчілка",
                "Малі проєкти", new BigDecimal("90000.00"), BudgetProjectStatus.ADMITTED, 15);
        projection.on(new BudgetProjectCorrectedEvent(id, rejected, admitted, "не той рік і категорія"), 2);

        assertThat(find(LYSYCHANSK, "pb-1")).contains(new BudgetProjectView("pb-1", 2022, SUBMITTED, "Сквер",
                "Олена Пчілка", "Малі проєкти", new BigDecimal("90000.00"), BudgetProjectRecordStatus.ADMITTED, 15,
                null, 1, 2));
        assertThat(list(LYSYCHANSK, filter(2021, null, null)).total()).isZero();
        assertThat(list(LYSYCHANSK, filter(2022, null, null)).total()).isEqualTo(1);
    }

    @Test
    void aWithdrawnProjectLeavesTheListButKeepsWhatItSaid() {
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, "Сквер", SUBMITTED), 0);
        BudgetProjectDetails held = new BudgetProjectDetails(2021, SUBMITTED, "Сквер", "Олена Пчілка",
                "Великі проєкти", AMOUNT, BudgetProjectStatus.SUBMITTED, null);

        projection.on(new BudgetProjectWithdrawnEvent(scoped(LYSYCHANSK, "pb-1"), held, "внесено двічі"), 1);

        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::status)
                .contains(BudgetProjectRecordStatus.WITHDRAWN);
        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::requestedAmount).contains(AMOUNT);
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, filter(null, "withdrawn", null)).items()).extracting(BudgetProjectView::id)
                .containsExactly("pb-1");
    }

    @Test
    void listsBySubmissionDayThenIdAndFiltersByProgramYearStatusDatesAndText() {
        projection.on(submitted(LYSYCHANSK, "b", 2021, "Ліхтарі", LocalDate.of(2021, 2, 1)), 0);
        projection.on(submitted(LYSYCHANSK, "a", 2021, "Лавки", LocalDate.of(2021, 2, 1)), 0);
        projection.on(submitted(LYSYCHANSK, "c", 2020, "Сквер", LocalDate.of(2019, 11, 1)), 0);
        projection.on(new BudgetProjectAdmittedEvent(scoped(LYSYCHANSK, "c"), 2020), 1);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(BudgetProjectView::id)
                .containsExactly("c", "a", "b");
        assertThat(list(LYSYCHANSK, filter(2021, null, null)).items()).extracting(BudgetProjectView::id)
                .containsExactly("a", "b");
        assertThat(list(LYSYCHANSK, filter(null, "admitted", null)).items()).extracting(BudgetProjectView::id)
                .containsExactly("c");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), null, 0, 20)).items()).extracting(BudgetProjectView::id)
                .containsExactly("c");
        assertThat(list(LYSYCHANSK, filter(null, null, "лавки")).items()).extracting(BudgetProjectView::id)
                .containsExactly("a");
        assertThat(list(LYSYCHANSK, filter(null, null, "пчілка")).total()).isEqualTo(3);
        assertThat(list(LYSYCHANSK, filter(null, null, "великі")).total()).isEqualTo(3);
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, "Лисичанський", SUBMITTED), 0);
        projection.on(submitted(NIZHYN, "pb-1", 2021, "Ніжинський", SUBMITTED), 0);

        assertThat(projection.handle(new FindBudgetProjectQuery(scoped(LYSYCHANSK, "pb-1")), NIZHYN)).isEmpty();
        assertThat(find(NIZHYN, "pb-1")).map(BudgetProjectView::title).contains("Ніжинський");
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).extracting(BudgetProjectView::title)
                .containsExactly("Ніжинський");
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String title = "{\"$gt\": \"\"}";
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, title, SUBMITTED), 0);
        projection.on(submitted(LYSYCHANSK, "pb-2", 2021, "Звичайний (.*)", SUBMITTED), 0);

        assertThat(find(LYSYCHANSK, "pb-1")).map(BudgetProjectView::title).contains(title);
        assertThat(list(LYSYCHANSK, filter(null, null, "$gt")).items()).extracting(BudgetProjectView::id)
                .containsExactly("pb-1");
        assertThat(list(LYSYCHANSK, filter(null, null, ".*")).items()).extracting(BudgetProjectView::id)
                .containsExactly("pb-2");
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(submitted(LYSYCHANSK, "pb-1", 2021, "Сквер", SUBMITTED), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(find(LYSYCHANSK, "pb-1")).isEmpty();
    }

    private Optional<BudgetProjectView> find(String tenant, String clientId) {
        return projection.handle(new FindBudgetProjectQuery(scoped(tenant, clientId)), tenant);
    }

    private BudgetProjectPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindBudgetProjectsQuery(filter), tenant);
    }

    private static RecordFilter filter(Integer programYear, String status, String text) {
        return new RecordFilter(programYear == null ? null : programYear.toString(), status, null, null, text, 0, 20);
    }

    private static BudgetProjectSubmittedEvent submitted(String tenant, String clientId, int programYear,
                                                         String title, LocalDate submittedOn) {
        return new BudgetProjectSubmittedEvent(scoped(tenant, clientId), programYear, submittedOn, title,
                "Олена Пчілка", "Великі проєкти", AMOUNT, new BudgetProjectDetails(programYear, submittedOn, title,
                "Олена Пчілка", "Великі проєкти", AMOUNT, BudgetProjectStatus.SUBMITTED, null));
    }

    private static BudgetProjectId scoped(String tenant, String clientId) {
        return BudgetProjectId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
