package ua.hromada.registry.organisation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final Instant RECORDED_AT = Instant.parse("2022-01-10T09:00:00Z");

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private OrganisationDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new OrganisationDirectoryProjection(database);
        collection = database.getCollection(OrganisationDirectoryProjection.COLLECTION);
    }

    @Test
    void redeliveredEventLeavesOneRecord() {
        OrganisationRegisteredEvent event = registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок");

        projection.on(event, LYSYCHANSK, RECORDED_AT);
        projection.on(event, LYSYCHANSK, RECORDED_AT);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(projection.handle(new FindOrganisationsQuery(null, 0, 20), LYSYCHANSK).total()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "org-1")).contains(new OrganisationView("org-1", OrganisationKind.NGO,
                "Світанок", LocalDate.of(2019, 5, 14), null, "12345678"));
    }

    @Test
    void storesTheScopedIdTenantClientIdAndRecordingTimeBesideTheBusinessDate() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);

        Document stored = collection.find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("_id")).isEqualTo("lysychansk:org-1");
        assertThat(stored.getString("tenant")).isEqualTo(LYSYCHANSK);
        assertThat(stored.getString("organisationId")).isEqualTo("org-1");
        assertThat(stored.getString("registeredOn")).isEqualTo("2019-05-14");
        assertThat(stored.getDate("recordedAt").toInstant()).isEqualTo(RECORDED_AT);
    }

    @Test
    void anotherTenantNeverSeesTheRecord() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);

        assertThat(find(NIZHYN, "org-1")).isEmpty();
        assertThat(projection.handle(new FindOrganisationsQuery(null, 0, 20), NIZHYN).items()).isEmpty();
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedId() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);

        assertThat(projection.handle(new FindOrganisationQuery(OrganisationId.of("lysychansk:org-1")), NIZHYN))
                .isEmpty();
    }

    @Test
    void sameClientIdInTwoTenantsMakesTwoRecords() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);
        projection.on(registered(NIZHYN, "org-1", OrganisationKind.CHARITY, "Надія"), NIZHYN, RECORDED_AT);

        assertThat(collection.countDocuments()).isEqualTo(2);
        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::name).contains("Світанок");
        assertThat(find(NIZHYN, "org-1")).map(OrganisationView::name).contains("Надія");
    }

    @Test
    void listsByKindInPagesOrderedByName() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Віра"), LYSYCHANSK, RECORDED_AT);
        projection.on(registered(LYSYCHANSK, "org-2", OrganisationKind.NGO, "Аврора"), LYSYCHANSK, RECORDED_AT);
        projection.on(registered(LYSYCHANSK, "org-3", OrganisationKind.RELIGIOUS, "Благовіщення"), LYSYCHANSK,
                RECORDED_AT);
        projection.on(registered(LYSYCHANSK, "org-4", OrganisationKind.NGO, "Горизонт"), LYSYCHANSK, RECORDED_AT);
        projection.on(registered(NIZHYN, "org-5", OrganisationKind.NGO, "Берегиня"), NIZHYN, RECORDED_AT);

        OrganisationPage first = projection.handle(new FindOrganisationsQuery(OrganisationKind.NGO, 0, 2), LYSYCHANSK);
        OrganisationPage second = projection.handle(new FindOrganisationsQuery(OrganisationKind.NGO, 1, 2), LYSYCHANSK);
        OrganisationPage beyond = projection.handle(new FindOrganisationsQuery(OrganisationKind.NGO, 5, 2), LYSYCHANSK);

        assertThat(first.items()).extracting(OrganisationView::name).containsExactly("Аврора", "Віра");
        assertThat(first.items()).extracting(OrganisationView::id).containsExactly("org-2", "org-1");
        assertThat(second.items()).extracting(OrganisationView::name).containsExactly("Горизонт");
        assertThat(first.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(projection.handle(new FindOrganisationsQuery(null, 0, 20), LYSYCHANSK).total()).isEqualTo(4);
    }

    @Test
    void operatorLookingNameIsStoredAndFoundAsPlainText() {
        String name = "{\"$gt\": \"\"}";
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.OTHER, name), LYSYCHANSK, RECORDED_AT);
        projection.on(registered(LYSYCHANSK, "org-2", OrganisationKind.OTHER, "Звичайна"), LYSYCHANSK, RECORDED_AT);

        assertThat(collection.find(Filters.eq("name", name)).first()).isNotNull()
                .extracting(document -> document.get("name")).isEqualTo(name);
        assertThat(find(LYSYCHANSK, "org-1")).map(OrganisationView::name).contains(name);
    }

    @Test
    void operatorLookingIdMatchesOnlyItself() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);

        assertThat(find(LYSYCHANSK, "{\"$ne\": null}")).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), LYSYCHANSK, RECORDED_AT);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void eventWithoutTenantIsRefused() {
        assertThatThrownBy(() -> projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"), null,
                RECORDED_AT)).isInstanceOf(IllegalStateException.class);
        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void eventWhoseIdBelongsToAnotherTenantIsRefused() {
        assertThatThrownBy(() -> projection.on(registered(LYSYCHANSK, "org-1", OrganisationKind.NGO, "Світанок"),
                NIZHYN, RECORDED_AT)).isInstanceOf(IllegalStateException.class);
        assertThat(collection.countDocuments()).isZero();
    }

    private Optional<OrganisationView> find(String tenant, String clientId) {
        return projection.handle(new FindOrganisationQuery(scoped(tenant, clientId)), tenant);
    }

    private static OrganisationRegisteredEvent registered(String tenant, String clientId, OrganisationKind kind,
                                                          String name) {
        return new OrganisationRegisteredEvent(scoped(tenant, clientId), kind, name, LocalDate.of(2019, 5, 14), null,
                "12345678");
    }

    private static OrganisationId scoped(String tenant, String clientId) {
        return OrganisationId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
