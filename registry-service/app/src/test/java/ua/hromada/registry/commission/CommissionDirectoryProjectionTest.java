package ua.hromada.registry.commission;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionAgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionConsideredEvent;
import ua.hromada.registry.api.commission.AwardPetitionDecidedEvent;
import ua.hromada.registry.api.commission.AwardPetitionOutcome;
import ua.hromada.registry.api.commission.AwardPetitionPlacedOnAgendaEvent;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDecisionRecordedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionMeetingView;
import ua.hromada.registry.api.commission.CommissionMemberAddedEvent;
import ua.hromada.registry.api.commission.CommissionMemberRemovedEvent;
import ua.hromada.registry.api.commission.CommissionMemberView;
import ua.hromada.registry.api.commission.CommissionPage;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionStatus;
import ua.hromada.registry.api.commission.CommissionView;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.registry.api.commission.ConsideredAwardPetitionView;
import ua.hromada.registry.api.commission.CountCommissionsQuery;
import ua.hromada.registry.api.commission.FindCommissionQuery;
import ua.hromada.registry.api.commission.FindCommissionsQuery;
import ua.hromada.registry.api.commission.PendingAwardPetitionView;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class CommissionDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final String AWARDS_NAME = "Комісія з питань нагородження";
    private static final String BASIS = "розпорядження № 12";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2018, 2, 1);
    private static final LocalDate PLACED_ON = LocalDate.of(2021, 3, 1);
    private static final LocalDate MEETING_ON = LocalDate.of(2021, 3, 15);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private CommissionDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new CommissionDirectoryProjection(database, json());
        collection = database.getCollection(CommissionDirectoryProjection.COLLECTION);
    }

    @Test
    void theViewFollowsMembersMeetingsDecisionsAndPetitions() {
        CommissionId id = scoped(LYSYCHANSK, "awards");
        projection.on(awards(LYSYCHANSK, "awards"), 0);
        assertThat(find(LYSYCHANSK, "awards")).contains(new CommissionView("awards", AWARDS_NAME,
                CommissionKind.COMMISSION, CommissionPurpose.AWARDS, BASIS, ESTABLISHED_ON, null, List.of(),
                List.of(), List.of(), CommissionStatus.ACTIVE, 0, 0));

        projection.on(new CommissionMemberAddedEvent(id, "Іваненко Іван", "голова комісії"), 1);
        projection.on(new CommissionMemberAddedEvent(id, "Сидоренко Марія", null), 2);
        projection.on(new CommissionMemberRemovedEvent(id, "Іваненко Іван"), 3);
        projection.on(placed(id, "p-1"), 4);
        projection.on(placed(id, "p-2"), 5);
        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::pendingAwardPetitions).contains(List.of(
                new PendingAwardPetitionView("p-1", "Петренко Ганна", "honorary_gramota", PLACED_ON),
                new PendingAwardPetitionView("p-2", "Петренко Ганна", "honorary_gramota", PLACED_ON)));

        AgendaItem plan = new AgendaItem("1", "Про план роботи", null);
        projection.on(new CommissionMeetingHeldEvent(id, "m-1", CommissionKind.COMMISSION, CommissionPurpose.AWARDS,
                MEETING_ON, List.of(plan), List.of(petitionItem("p-1"))), 6);
        projection.on(new AwardPetitionConsideredEvent(id, "m-1", "p-1", MEETING_ON), 7);
        projection.on(new CommissionDecisionRecordedEvent(id, "m-1", "1", "Затвердити"), 8);
        projection.on(new AwardPetitionDecidedEvent(id, "m-1", "p-1", AwardPetitionOutcome.APPROVED,
                MEETING_ON.plusDays(1)), 9);

        CommissionView view = find(LYSYCHANSK, "awards").orElseThrow();
        assertThat(view.members()).containsExactly(new CommissionMemberView("Сидоренко Марія", null));
        assertThat(view.meetings()).containsExactly(new CommissionMeetingView("m-1", MEETING_ON,
                List.of(new AgendaItem("1", "Про план роботи", "Затвердити")),
                List.of(new ConsideredAwardPetitionView("petition-p-1", "p-1", "Петренко Ганна", "honorary_gramota",
                        AwardPetitionOutcome.APPROVED, MEETING_ON.plusDays(1)))));
        assertThat(view.pendingAwardPetitions()).extracting(PendingAwardPetitionView::petitionId)
                .containsExactly("p-2");
        assertThat(view.version()).as("every event moves the version, even one that shows nothing new")
                .isEqualTo(9);
    }

    @Test
    void aMemberIsRemovedWhateverTheCaseAndSpacesOfTheName() {
        CommissionId id = scoped(LYSYCHANSK, "awards");
        projection.on(awards(LYSYCHANSK, "awards"), 0);
        projection.on(new CommissionMemberAddedEvent(id, "Іваненко  Іван", null), 1);

        projection.on(new CommissionMemberRemovedEvent(id, "іваненко іван"), 2);

        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::members).contains(List.of());
    }

    @Test
    void redeliveredEventsLeaveOneRecordCountedOnce() {
        CommissionId id = scoped(LYSYCHANSK, "awards");
        CommissionEstablishedEvent established = awards(LYSYCHANSK, "awards");
        CommissionMemberAddedEvent member = new CommissionMemberAddedEvent(id, "Іваненко Іван", null);
        CommissionAbolishedEvent abolished = new CommissionAbolishedEvent(id, CommissionKind.COMMISSION,
                CommissionPurpose.AWARDS, LocalDate.of(2021, 11, 30), false);

        projection.on(established, 0);
        projection.on(member, 1);
        projection.on(abolished, 2);
        // a processor restarted from an older token handles them all again
        projection.on(established, 0);
        projection.on(member, 1);
        projection.on(abolished, 2);

        assertThat(collection.countDocuments()).isEqualTo(1);
        CommissionView view = find(LYSYCHANSK, "awards").orElseThrow();
        assertThat(view.members()).hasSize(1);
        assertThat(view.status()).isEqualTo(CommissionStatus.ABOLISHED);
        assertThat(view.abolishedOn()).isEqualTo(LocalDate.of(2021, 11, 30));
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 11, 29))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 11, 30))).isZero();
    }

    @Test
    void countsAsOfTheEndOfADayByKind() {
        projection.on(awards(LYSYCHANSK, "awards"), 0);
        projection.on(body(LYSYCHANSK, "wg-1", CommissionKind.WORKING_GROUP, LocalDate.of(2021, 12, 31)), 0);
        projection.on(body(LYSYCHANSK, "wg-2", CommissionKind.WORKING_GROUP, LocalDate.of(2020, 6, 1)), 0);
        projection.on(new CommissionAbolishedEvent(scoped(LYSYCHANSK, "wg-2"), CommissionKind.WORKING_GROUP,
                CommissionPurpose.OTHER, LocalDate.of(2021, 1, 1), true), 1);
        projection.on(awards(NIZHYN, "awards"), 0);

        assertThat(count(LYSYCHANSK, CommissionKind.COMMISSION, ESTABLISHED_ON.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, CommissionKind.COMMISSION, ESTABLISHED_ON)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, CommissionKind.WORKING_GROUP, LocalDate.of(2020, 12, 31))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, CommissionKind.WORKING_GROUP, LocalDate.of(2021, 1, 1))).isZero();
        assertThat(count(LYSYCHANSK, CommissionKind.WORKING_GROUP, LocalDate.of(2021, 12, 31))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 12, 31))).isEqualTo(2);
        assertThat(count(LYSYCHANSK, CommissionKind.COORDINATION_COUNCIL, LocalDate.of(2021, 12, 31))).isZero();
        assertThat(count(NIZHYN, null, LocalDate.of(2021, 12, 31))).isEqualTo(1);
    }

    @Test
    void aCorrectionMovesTheCountAndAWithdrawalTakesItBack() {
        CommissionId id = scoped(LYSYCHANSK, "awards");
        CommissionDetails original = new CommissionDetails(AWARDS_NAME, CommissionKind.COMMISSION, ESTABLISHED_ON,
                null, BASIS, CommissionPurpose.AWARDS);
        CommissionDetails corrected = new CommissionDetails(AWARDS_NAME, CommissionKind.COORDINATION_COUNCIL,
                LocalDate.of(2019, 2, 1), null, BASIS, CommissionPurpose.AWARDS);
        projection.on(awards(LYSYCHANSK, "awards"), 0);

        projection.on(new CommissionCorrectedEvent(id, original, corrected, "вид і дата з розпорядження"), 1);

        assertThat(count(LYSYCHANSK, CommissionKind.COMMISSION, LocalDate.of(2021, 1, 1))).isZero();
        assertThat(count(LYSYCHANSK, CommissionKind.COORDINATION_COUNCIL, LocalDate.of(2019, 1, 31))).isZero();
        assertThat(count(LYSYCHANSK, CommissionKind.COORDINATION_COUNCIL, LocalDate.of(2019, 2, 1))).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::corrections).contains(1);
        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::kind)
                .contains(CommissionKind.COORDINATION_COUNCIL);

        projection.on(new CommissionWithdrawnEvent(id, corrected, "внесено помилково"), 2);

        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 12, 31))).isZero();
        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::status).contains(CommissionStatus.WITHDRAWN);
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).total())
                .isEqualTo(1);
    }

    @Test
    void aCorrectionClearingTheAbolitionMakesTheCommissionWorkAgain() {
        CommissionId id = scoped(LYSYCHANSK, "awards");
        CommissionDetails abolished = new CommissionDetails(AWARDS_NAME, CommissionKind.COMMISSION, ESTABLISHED_ON,
                LocalDate.of(2021, 11, 30), BASIS, CommissionPurpose.AWARDS);
        projection.on(awards(LYSYCHANSK, "awards"), 0);
        projection.on(new CommissionAbolishedEvent(id, CommissionKind.COMMISSION, CommissionPurpose.AWARDS,
                LocalDate.of(2021, 11, 30), false), 1);

        projection.on(new CommissionCorrectedEvent(id, abolished, new CommissionDetails(AWARDS_NAME,
                CommissionKind.COMMISSION, ESTABLISHED_ON, null, BASIS, CommissionPurpose.AWARDS), "не ліквідована"),
                2);

        assertThat(find(LYSYCHANSK, "awards")).map(CommissionView::status).contains(CommissionStatus.ACTIVE);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 12, 31))).isEqualTo(1);
    }

    @Test
    void listsByNameFilteringByKindStatusEstablishmentDatesAndText() {
        projection.on(awards(LYSYCHANSK, "awards"), 0);
        projection.on(body(LYSYCHANSK, "wg-1", CommissionKind.WORKING_GROUP, LocalDate.of(2020, 1, 1)), 0);
        projection.on(body(LYSYCHANSK, "wg-2", CommissionKind.WORKING_GROUP, LocalDate.of(2020, 12, 31)), 0);
        projection.on(body(LYSYCHANSK, "cc-1", CommissionKind.COORDINATION_COUNCIL, LocalDate.of(2020, 6, 1)), 0);
        projection.on(new CommissionAbolishedEvent(scoped(LYSYCHANSK, "wg-2"), CommissionKind.WORKING_GROUP,
                CommissionPurpose.OTHER, LocalDate.of(2021, 5, 5), false), 1);

        RecordFilter workingGroupsOf2020 = new RecordFilter("working_group", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), null, 0, 1);
        assertThat(list(LYSYCHANSK, workingGroupsOf2020).total()).isEqualTo(2);
        assertThat(list(LYSYCHANSK, workingGroupsOf2020).items()).hasSize(1);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "abolished", null, null, null, 0, 20)).items())
                .extracting(CommissionView::id).containsExactly("wg-2");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "нагородження", 0, 20)).items())
                .extracting(CommissionView::id).containsExactly("awards");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "№ 12", 0, 20)).items())
                .as("the basis is searchable").extracting(CommissionView::id).containsExactly("awards");
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(CommissionView::id)
                .containsExactly("awards", "cc-1", "wg-1", "wg-2");
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(awards(LYSYCHANSK, "awards"), 0);

        assertThat(projection.handle(new FindCommissionQuery(scoped(LYSYCHANSK, "awards")), NIZHYN)).isEmpty();
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).isEmpty();
        assertThat(count(NIZHYN, null, LocalDate.of(2021, 1, 1))).isZero();
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String name = "{\"$gt\": \"\"}";
        projection.on(new CommissionEstablishedEvent(scoped(LYSYCHANSK, "c-1"), name, CommissionKind.COMMISSION,
                ESTABLISHED_ON, null, null), 0);
        projection.on(new CommissionEstablishedEvent(scoped(LYSYCHANSK, "c-2"), "Комісія (.*)",
                CommissionKind.COMMISSION, ESTABLISHED_ON, null, null), 0);

        assertThat(find(LYSYCHANSK, "c-1")).map(CommissionView::name).contains(name);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "$gt", 0, 20)).items())
                .extracting(CommissionView::id).containsExactly("c-1");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, ".*", 0, 20)).items())
                .extracting(CommissionView::id).containsExactly("c-2");
    }

    @Test
    void resetEmptiesTheDirectoryAndItsCountsForAReplay() {
        projection.on(awards(LYSYCHANSK, "awards"), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();
    }

    private Optional<CommissionView> find(String tenant, String clientId) {
        return projection.handle(new FindCommissionQuery(scoped(tenant, clientId)), tenant);
    }

    private CommissionPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindCommissionsQuery(filter), tenant);
    }

    private long count(String tenant, CommissionKind kind, LocalDate asOf) {
        return projection.handle(new CountCommissionsQuery(kind, asOf), tenant).count();
    }

    private static CommissionEstablishedEvent awards(String tenant, String clientId) {
        return new CommissionEstablishedEvent(scoped(tenant, clientId), AWARDS_NAME, CommissionKind.COMMISSION,
                ESTABLISHED_ON, BASIS, CommissionPurpose.AWARDS);
    }

    private static CommissionEstablishedEvent body(String tenant, String clientId, CommissionKind kind,
                                                   LocalDate establishedOn) {
        return new CommissionEstablishedEvent(scoped(tenant, clientId), "Робоча група " + clientId, kind,
                establishedOn, null, CommissionPurpose.OTHER);
    }

    private static AwardPetitionPlacedOnAgendaEvent placed(CommissionId id, String petitionId) {
        return new AwardPetitionPlacedOnAgendaEvent(id, petitionId, "Петренко Ганна", "honorary_gramota", PLACED_ON);
    }

    private static AwardPetitionAgendaItem petitionItem(String petitionId) {
        return new AwardPetitionAgendaItem("petition-" + petitionId, petitionId, "Петренко Ганна",
                "honorary_gramota");
    }

    private static CommissionId scoped(String tenant, String clientId) {
        return CommissionId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
