package ua.hromada.registry.streetcommittee;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.registry.api.streetcommittee.CountStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteeQuery;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionView;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteePage;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeStatus;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeView;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class StreetCommitteeDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final String SHEVCHENKA = "вул. Шевченка";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 3, 10);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 6, 30);
    private static final LocalDate ELECTED_ON = LocalDate.of(2019, 4, 20);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private StreetCommitteeDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new StreetCommitteeDirectoryProjection(database, json());
        collection = database.getCollection(StreetCommitteeDirectoryProjection.COLLECTION);
    }

    @Test
    void theViewFollowsEachEventOfTheCommitteeAndItsElections() {
        StreetCommitteeId id = scoped(LYSYCHANSK, "sc-1");

        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);
        assertThat(find(LYSYCHANSK, "sc-1")).contains(new StreetCommitteeView("sc-1", SHEVCHENKA, ESTABLISHED_ON,
                null, StreetCommitteeStatus.ACTIVE, List.of(), 0, 0));

        projection.on(new StreetCommitteeElectionRecordedEvent(id, "e-1", ELECTED_ON, "Петренко Ганна", SHEVCHENKA),
                1);
        projection.on(new StreetCommitteeElectionRecordedEvent(id, "e-2", ELECTED_ON.plusYears(1), null, SHEVCHENKA),
                2);
        projection.on(new StreetCommitteeElectionCorrectedEvent(id, "e-1",
                new StreetCommitteeElectionDetails(ELECTED_ON, "Петренко Ганна"),
                new StreetCommitteeElectionDetails(ELECTED_ON.plusDays(7), "Петренко Галина"), "описка"), 3);
        projection.on(new StreetCommitteeElectionWithdrawnEvent(id, "e-2",
                new StreetCommitteeElectionDetails(ELECTED_ON.plusYears(1), null), "внесено двічі"), 4);
        projection.on(new StreetCommitteeDissolvedEvent(id, SHEVCHENKA, DISSOLVED_ON, false), 5);

        assertThat(find(LYSYCHANSK, "sc-1")).contains(new StreetCommitteeView("sc-1", SHEVCHENKA, ESTABLISHED_ON,
                DISSOLVED_ON, StreetCommitteeStatus.DISSOLVED, List.of(
                        new StreetCommitteeElectionView("e-1", ELECTED_ON.plusDays(7), "Петренко Галина", false),
                        new StreetCommitteeElectionView("e-2", ELECTED_ON.plusYears(1), null, true)), 1, 5));
    }

    @Test
    void redeliveredEventsLeaveOneRecordCountedOnce() {
        StreetCommitteeEstablishedEvent established = established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON);
        StreetCommitteeElectionRecordedEvent elected = new StreetCommitteeElectionRecordedEvent(
                scoped(LYSYCHANSK, "sc-1"), "e-1", ELECTED_ON, "Петренко Ганна", SHEVCHENKA);
        StreetCommitteeDissolvedEvent dissolved = new StreetCommitteeDissolvedEvent(scoped(LYSYCHANSK, "sc-1"),
                SHEVCHENKA, DISSOLVED_ON, false);

        projection.on(established, 0);
        projection.on(elected, 1);
        projection.on(dissolved, 2);
        // a processor restarted from an older token handles them all again
        projection.on(established, 0);
        projection.on(elected, 1);
        projection.on(dissolved, 2);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "sc-1")).map(StreetCommitteeView::elections).hasValueSatisfying(
                elections -> assertThat(elections).hasSize(1));
        assertThat(find(LYSYCHANSK, "sc-1")).map(StreetCommitteeView::version).contains(2L);
        assertThat(count(LYSYCHANSK, DISSOLVED_ON.minusDays(1))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, DISSOLVED_ON)).isZero();
    }

    @Test
    void countsWorkingCommitteesAsOfTheEndOfADay() {
        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);
        projection.on(established(LYSYCHANSK, "sc-2", "вул. Миру", LocalDate.of(2021, 12, 31)), 0);
        projection.on(established(LYSYCHANSK, "sc-3", "вул. Садова", LocalDate.of(2020, 1, 1)), 0);
        projection.on(new StreetCommitteeDissolvedEvent(scoped(LYSYCHANSK, "sc-3"), "вул. Садова",
                LocalDate.of(2021, 2, 1), true), 1);
        projection.on(established(NIZHYN, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);

        assertThat(count(LYSYCHANSK, ESTABLISHED_ON.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, ESTABLISHED_ON)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, LocalDate.of(2020, 12, 31))).isEqualTo(2);
        assertThat(count(LYSYCHANSK, LocalDate.of(2021, 2, 1))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, LocalDate.of(2021, 12, 31))).isEqualTo(2);
        assertThat(count(NIZHYN, LocalDate.of(2021, 12, 31))).isEqualTo(1);
    }

    @Test
    void aCorrectionMovesTheCountAndAWithdrawalTakesItBack() {
        StreetCommitteeId id = scoped(LYSYCHANSK, "sc-1");
        StreetCommitteeDetails original = new StreetCommitteeDetails(SHEVCHENKA, ESTABLISHED_ON, null);
        StreetCommitteeDetails corrected = new StreetCommitteeDetails("вул. Тараса Шевченка",
                LocalDate.of(2016, 3, 10), LocalDate.of(2020, 5, 1));
        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);

        projection.on(new StreetCommitteeCorrectedEvent(id, original, corrected, "дата і вулиця з рішення"), 1);

        assertThat(count(LYSYCHANSK, LocalDate.of(2016, 3, 9))).isZero();
        assertThat(count(LYSYCHANSK, LocalDate.of(2016, 3, 10))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, LocalDate.of(2020, 5, 1))).isZero();
        assertThat(find(LYSYCHANSK, "sc-1")).contains(new StreetCommitteeView("sc-1", "вул. Тараса Шевченка",
                LocalDate.of(2016, 3, 10), LocalDate.of(2020, 5, 1), StreetCommitteeStatus.DISSOLVED, List.of(), 1,
                1));

        projection.on(new StreetCommitteeWithdrawnEvent(id, corrected, "внесено помилково"), 2);

        assertThat(count(LYSYCHANSK, LocalDate.of(2018, 1, 1))).isZero();
        assertThat(find(LYSYCHANSK, "sc-1")).map(StreetCommitteeView::status)
                .contains(StreetCommitteeStatus.WITHDRAWN);
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).total())
                .isEqualTo(1);
    }

    @Test
    void aCorrectionClearingTheDissolutionMakesTheCommitteeWorkAgain() {
        StreetCommitteeId id = scoped(LYSYCHANSK, "sc-1");
        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);
        projection.on(new StreetCommitteeDissolvedEvent(id, SHEVCHENKA, DISSOLVED_ON, false), 1);

        projection.on(new StreetCommitteeCorrectedEvent(id, new StreetCommitteeDetails(SHEVCHENKA, ESTABLISHED_ON,
                DISSOLVED_ON), new StreetCommitteeDetails(SHEVCHENKA, ESTABLISHED_ON, null), "не розпускався"), 2);

        assertThat(find(LYSYCHANSK, "sc-1")).map(StreetCommitteeView::status).contains(StreetCommitteeStatus.ACTIVE);
        assertThat(count(LYSYCHANSK, LocalDate.of(2021, 12, 31))).isEqualTo(1);
    }

    @Test
    void listsByStreetFilteringByStatusEstablishmentDatesAndText() {
        projection.on(established(LYSYCHANSK, "sc-1", "вул. Садова", LocalDate.of(2020, 1, 1)), 0);
        projection.on(established(LYSYCHANSK, "sc-2", "вул. Миру", LocalDate.of(2020, 12, 31)), 0);
        projection.on(established(LYSYCHANSK, "sc-3", "вул. Абрикосова", LocalDate.of(2021, 1, 1)), 0);
        projection.on(new StreetCommitteeDissolvedEvent(scoped(LYSYCHANSK, "sc-2"), "вул. Миру",
                LocalDate.of(2021, 5, 5), false), 1);
        projection.on(new StreetCommitteeElectionRecordedEvent(scoped(LYSYCHANSK, "sc-1"), "e-1",
                LocalDate.of(2020, 2, 2), "Коваленко Олена", "вул. Садова"), 1);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(StreetCommitteeView::id)
                .containsExactly("sc-3", "sc-2", "sc-1");
        RecordFilter of2020 = new RecordFilter(null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                null, 0, 1);
        assertThat(list(LYSYCHANSK, of2020).total()).isEqualTo(2);
        assertThat(list(LYSYCHANSK, of2020).items()).extracting(StreetCommitteeView::id).containsExactly("sc-2");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "dissolved", null, null, null, 0, 20)).items())
                .extracting(StreetCommitteeView::id).containsExactly("sc-2");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "садова", 0, 20)).items())
                .extracting(StreetCommitteeView::id).containsExactly("sc-1");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "коваленко", 0, 20)).items())
                .as("the head's name is searchable").extracting(StreetCommitteeView::id).containsExactly("sc-1");
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);

        assertThat(projection.handle(new FindStreetCommitteeQuery(scoped(LYSYCHANSK, "sc-1")), NIZHYN)).isEmpty();
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).isEmpty();
        assertThat(count(NIZHYN, LocalDate.of(2021, 1, 1))).isZero();
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String street = "{\"$gt\": \"\"}";
        projection.on(established(LYSYCHANSK, "sc-1", street, ESTABLISHED_ON), 0);
        projection.on(established(LYSYCHANSK, "sc-2", "вул. (.*)", ESTABLISHED_ON), 0);

        assertThat(find(LYSYCHANSK, "sc-1")).map(StreetCommitteeView::street).contains(street);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "$gt", 0, 20)).items())
                .extracting(StreetCommitteeView::id).containsExactly("sc-1");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, ".*", 0, 20)).items())
                .extracting(StreetCommitteeView::id).containsExactly("sc-2");
    }

    @Test
    void resetEmptiesTheDirectoryAndItsCountsForAReplay() {
        projection.on(established(LYSYCHANSK, "sc-1", SHEVCHENKA, ESTABLISHED_ON), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(count(LYSYCHANSK, LocalDate.of(2022, 1, 1))).isZero();
    }

    private Optional<StreetCommitteeView> find(String tenant, String clientId) {
        return projection.handle(new FindStreetCommitteeQuery(scoped(tenant, clientId)), tenant);
    }

    private StreetCommitteePage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindStreetCommitteesQuery(filter), tenant);
    }

    private long count(String tenant, LocalDate asOf) {
        return projection.handle(new CountStreetCommitteesQuery(asOf), tenant).count();
    }

    private static StreetCommitteeEstablishedEvent established(String tenant, String clientId, String street,
                                                               LocalDate establishedOn) {
        return new StreetCommitteeEstablishedEvent(scoped(tenant, clientId), street, establishedOn);
    }

    private static StreetCommitteeId scoped(String tenant, String clientId) {
        return StreetCommitteeId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
