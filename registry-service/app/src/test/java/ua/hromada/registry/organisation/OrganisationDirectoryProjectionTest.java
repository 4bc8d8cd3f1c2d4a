package ua.hromada.registry.organisation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.organisation.CountOrganisationsQuery;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRenamedEvent;
import ua.hromada.registry.api.organisation.OrganisationStatus;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class OrganisationDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2019, 5, 14);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private OrganisationDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new OrganisationDirectoryProjection(database, json());
        collection = database.getCollection(OrganisationDirectoryProjection.COLLECTION);
    }

    @Test
    void redeliveredEventsLeaveOneRecordCountedOnce() {
        OrganisationRegisteredEvent event = registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок");
        OrganisationLiquidatedEvent liquidated = new OrganisationLiquidatedEvent(scoped(LYSYCHANSK, "org-1"),
                OrganisationKind.NGO, LocalDate.of(2021, 3, 1));

        projection.on(event, 0);
        projection.on(liquidated, 1);
        // a processor restarted from an older token handles both again
        projection.on(event, 0);
        projection.on(liquidated, 1);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "org-1")).contains(new OrganisationView("org-1", OrganisationKind.NGO,
                "Світанок", REGISTERED_ON, LocalDate.of(2021, 3, 1), null, "12345678", OrganisationStatus.LIQUIDATED, 0, 1));
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 2, 28))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 3, 1))).isZero();
    }

    @Test
    void countsAsOfTheEndOfADayByKind() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Віра"), 0);
        projection.on(registeredOn(LYSYCHANSK, "org-2", OrganisationKind.NGO, LocalDate.of(2021, 12, 31)), 0);
        projection.on(registered(LYSYCHANSK, "org-3", OrganisationKind.PARTY_CELL, "Осередок"), 0);
        projection.on(registered(NIZHYN, "org-4", OrganisationKind.NGO, "Берегиня"), 0);

        assertThat(count(LYSYCHANSK, OrganisationKind.NGO, REGISTERED_ON.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, OrganisationKind.NGO, REGISTERED_ON)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, OrganisationKind.NGO, LocalDate.of(2021, 12, 30))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, OrganisationKind.NGO, LocalDate.of(2021, 12, 31))).isEqualTo(2);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 6, 1))).isEqualTo(3);
        assertThat(count(LYSYCHANSK, OrganisationKind.RELIGIOUS, LocalDate.of(2022, 6, 1))).isZero();
        assertThat(count(NIZHYN, null, LocalDate.of(2022, 6, 1))).isEqualTo(1);
    }

    @Test
    void aCorrectionMovesTheCountAndAWithdrawalTakesItBack() {
        OrganisationId id = scoped(LYSYCHANSK, "org-1");
        OrganisationDetails original = new OrganisationDetails(OrganisationKind.NGO, "Світанок", REGISTERED_ON, null,
                null, "12345678");
        OrganisationDetails corrected = new OrganisationDetails(OrganisationKind.CHARITY, "Світанок",
                LocalDate.of(2020, 5, 14), null, null, "12345678");
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), 0);

        projection.on(new OrganisationCorrectedEvent(id, original, corrected, "wrong year and kind"), 1);

        assertThat(count(LYSYCHANSK, OrganisationKind.NGO, LocalDate.of(2021, 1, 1))).isZero();
        assertThat(count(LYSYCHANSK, OrganisationKind.CHARITY, LocalDate.of(2020, 5, 13))).isZero();
        assertThat(count(LYSYCHANSK, OrganisationKind.CHARITY, LocalDate.of(2020, 5, 14))).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::corrections).contains(1);

        projection.on(new OrganisationWithdrawnEvent(id, corrected, "entered in error"), 2);

        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();
        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::status).contains(OrganisationStatus.WITHDRAWN);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, null, 0, 20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).total())
                .isEqualTo(1);
    }

    @Test
    void renamingChangesTheNameTheListSortsAndSearchesBy() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Віра"), 0);
        projection.on(registered(LYSYCHANSK, "org-2", OrganisationKind.NGO, "Горизонт"), 0);
        projection.on(new OrganisationRenamedEvent(scoped(LYSYCHANSK, "org-1"), "Віра", "Якір",
                LocalDate.of(2020, 1, 1)), 1);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(OrganisationView::name)
                .containsExactly("Горизонт", "Якір");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "які", 0, 20)).items())
                .extracting(OrganisationView::id).containsExactly("org-1");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "віра", 0, 20)).total()).isZero();
    }

    @Test
    void filtersByKindStatusAndRegistrationDatesInPages() {
        projection.on(registeredOn(LYSYCHANSK, "org-1", OrganisationKind.NGO, LocalDate.of(2020, 1, 1)), 0);
        projection.on(registeredOn(LYSYCHANSK, "org-2", OrganisationKind.NGO, LocalDate.of(2020, 12, 31)), 0);
        projection.on(registeredOn(LYSYCHANSK, "org-3", OrganisationKind.NGO, LocalDate.of(2021, 1, 1)), 0);
        projection.on(registeredOn(LYSYCHANSK, "org-4", OrganisationKind.RELIGIOUS, LocalDate.of(2020, 6, 1)), 0);
        projection.on(new OrganisationLiquidatedEvent(scoped(LYSYCHANSK, "org-2"), OrganisationKind.NGO,
                LocalDate.of(2021, 5, 5)), 1);

        RecordFilter ngosOf2020 = new RecordFilter("ngo", null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                null, 0, 1);
        assertThat(list(LYSYCHANSK, ngosOf2020).total()).isEqualTo(2);
        assertThat(list(LYSYCHANSK, ngosOf2020).items()).hasSize(1);
        assertThat(list(LYSYCHANSK, new RecordFilter("ngo", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), null, 1, 1)).items()).hasSize(1);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "liquidated", null, null, null, 0, 20)).items())
                .extracting(OrganisationView::id).containsExactly("org-2");
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), 0);

        assertThat(projection.handle(new FindOrganisationQuery(scoped(LYSYCHANSK, "org-1")), NIZHYN)).isEmpty();
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).isEmpty();
    }

    @Test
    void sameClientIdInTwoTenantsMakesTwoRecords() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), 0);
        projection.on(registered(NIZHYN, "org-1", OrganisationKind.CHARITY, "Надія"), 0);

        assertThat(collection.countDocuments()).isEqualTo(2);
        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::name).contains("Світанок");
        assertThat(find(NIZHYN, "org-1")).map(OrganisationView::name).contains("Надія");
    }

    @Test
    void operatorLookingTextIsStoredSearchedAndMatchedAsPlainText() {
        String name = "{\"$gt\": \"\"}";
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.OTHER, name), 0);
        projection.on(registered(LYSYCHANSK, "org-2", OrganisationKind.OTHER, "Звичайна (.*)"), 0);

        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::name).contains(name);
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, "$gt", 0, 20)).items())
                .extracting(OrganisationView::id).containsExactly("org-1");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, null, null, ".*", 0, 20)).items())
                .extracting(OrganisationView::id).containsExactly("org-2");
        assertThat(find(LYSYCHANSK, "{\"$ne\": null}")).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectoryAndItsCountsForAReplay() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();
    }

    private Optional<OrganisationView> find(String tenant, String clientId) {
        return projection.handle(new FindOrganisationQuery(scoped(tenant, clientId)), tenant);
    }

    private OrganisationPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindOrganisationsQuery(filter), tenant);
    }

    private long count(String tenant, OrganisationKind kind, LocalDate asOf) {
        return projection.handle(new CountOrganisationsQuery(kind, asOf), tenant).count();
    }

    private static OrganisationRegisteredEvent registered(String tenant, String clientId, OrganisationKind kind,
                                                          String name) {
        return new OrganisationRegisteredEvent(scoped(tenant, clientId), kind, name, REGISTERED_ON, null, "12345678");
    }

    private static OrganisationRegisteredEvent registeredOn(String tenant, String clientId, OrganisationKind kind,
                                                            LocalDate registeredOn) {
        return new OrganisationRegisteredEvent(scoped(tenant, clientId), kind, "Організація " + clientId,
                registeredOn, null, null);
    }

    private static OrganisationId scoped(String tenant, String clientId) {
        return OrganisationId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
