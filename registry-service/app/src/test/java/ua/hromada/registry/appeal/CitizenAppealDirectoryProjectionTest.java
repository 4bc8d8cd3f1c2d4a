package ua.hromada.registry.appeal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealPage;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealResolvedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealStatus;
import ua.hromada.registry.api.appeal.CitizenAppealView;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.registry.api.appeal.FindCitizenAppealQuery;
import ua.hromada.registry.api.appeal.FindCitizenAppealsQuery;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class CitizenAppealDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final AppealChannel PHONE = AppealChannel.PHONE;
    private static final AppealChannel WEB_PORTAL = AppealChannel.WEB_PORTAL;
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 2, 3);
    private static final LocalDate RESOLVED_ON = LocalDate.of(2021, 2, 10);
    private static final String TOPIC = "Вуличне освітлення на вул. Сосюри";
    private static final String APPLICANT = "Коваленко Марія";

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private CitizenAppealDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new CitizenAppealDirectoryProjection(database, json());
        collection = database.getCollection(CitizenAppealDirectoryProjection.COLLECTION);
    }

    @Test
    void theViewFollowsTheReceiptResolutionCorrectionAndWithdrawal() {
        CitizenAppealId id = scoped(LYSYCHANSK, "appeal-1");
        projection.on(received(LYSYCHANSK, "appeal-1", PHONE, RECEIVED_ON), 0);
        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", PHONE, RECEIVED_ON,
                TOPIC, APPLICANT, null, CitizenAppealStatus.RECEIVED, 0, 0));

        projection.on(new CitizenAppealResolvedEvent(id, PHONE, RESOLVED_ON), 1);
        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", PHONE, RECEIVED_ON,
                TOPIC, APPLICANT, RESOLVED_ON, CitizenAppealStatus.RESOLVED, 0, 1));

        CitizenAppealDetails reopened = new CitizenAppealDetails(WEB_PORTAL, RECEIVED_ON, TOPIC, APPLICANT, null);
        projection.on(new CitizenAppealCorrectedEvent(id, details(PHONE, RESOLVED_ON), reopened,
                "вирішення внесено помилково"), 2);
        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", WEB_PORTAL,
                RECEIVED_ON, TOPIC, APPLICANT, null, CitizenAppealStatus.RECEIVED, 1, 2));

        projection.on(new CitizenAppealWithdrawnEvent(id, reopened, "зареєстровано двічі"), 3);
        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", WEB_PORTAL,
                RECEIVED_ON, TOPIC, APPLICANT, null, CitizenAppealStatus.WITHDRAWN, 1, 3));
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).total())
                .isEqualTo(1);
    }

    @Test
    void anImportedAppealIsResolvedOnlyThroughTheEventThatFollowsItsReceipt() {
        CitizenAppealId id = scoped(LYSYCHANSK, "appeal-1");
        projection.on(new CitizenAppealReceivedEvent(id, PHONE, RECEIVED_ON, TOPIC, APPLICANT, RESOLVED_ON), 0);

        assertThat(find(LYSYCHANSK, "appeal-1")).hasValueSatisfying(view -> {
            assertThat(view.resolvedOn()).isNull();
            assertThat(view.status()).isEqualTo(CitizenAppealStatus.RECEIVED);
        });

        projection.on(new CitizenAppealResolvedEvent(id, PHONE, RESOLVED_ON), 1);

        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", PHONE, RECEIVED_ON,
                TOPIC, APPLICANT, RESOLVED_ON, CitizenAppealStatus.RESOLVED, 0, 1));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        CitizenAppealId id = scoped(LYSYCHANSK, "appeal-1");
        CitizenAppealReceivedEvent received = received(LYSYCHANSK, "appeal-1", PHONE, RECEIVED_ON);
        CitizenAppealResolvedEvent resolved = new CitizenAppealResolvedEvent(id, PHONE, RESOLVED_ON);
        CitizenAppealCorrectedEvent corrected = new CitizenAppealCorrectedEvent(id, details(PHONE, RESOLVED_ON),
                details(PHONE, RESOLVED_ON.plusDays(1)), "дата");

        projection.on(received, 0);
        projection.on(resolved, 1);
        projection.on(corrected, 2);
        projection.on(received, 0);
        projection.on(resolved, 1);
        projection.on(corrected, 2);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "appeal-1")).contains(new CitizenAppealView("appeal-1", PHONE, RECEIVED_ON,
                TOPIC, APPLICANT, RESOLVED_ON.plusDays(1), CitizenAppealStatus.RESOLVED, 1, 2));
    }

    @Test
    void listsByReceiptDateThenIdFilteredByChannelStatusDatesAndText() {
        projection.on(received(LYSYCHANSK, "appeal-b", PHONE, LocalDate.of(2021, 2, 1)), 0);
        projection.on(received(LYSYCHANSK, "appeal-a", WEB_PORTAL, LocalDate.of(2021, 2, 1)), 0);
        projection.on(received(LYSYCHANSK, "appeal-c", PHONE, LocalDate.of(2020, 12, 31)), 0);
        projection.on(new CitizenAppealReceivedEvent(scoped(LYSYCHANSK, "appeal-d"), AppealChannel.FACEBOOK,
                LocalDate.of(2021, 5, 5), "Ремонт дитячого майданчика", "Петренко Іван", null), 0);
        projection.on(new CitizenAppealResolvedEvent(scoped(LYSYCHANSK, "appeal-b"), PHONE, RESOLVED_ON), 1);

        assertThat(ids(RecordFilter.firstPage(20))).containsExactly("appeal-c", "appeal-a", "appeal-b", "appeal-d");
        assertThat(ids(new RecordFilter("phone", null, null, null, null, 0, 20)))
                .containsExactly("appeal-c", "appeal-b");
        assertThat(ids(new RecordFilter(null, "resolved", null, null, null, 0, 20))).containsExactly("appeal-b");
        assertThat(ids(new RecordFilter("phone", "received", null, null, null, 0, 20)))
                .containsExactly("appeal-c");
        assertThat(ids(new RecordFilter(null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), null, 0,
                20))).containsExactly("appeal-a", "appeal-b");
        assertThat(ids(new RecordFilter(null, null, null, null, "майданчика", 0, 20))).containsExactly("appeal-d");
        assertThat(ids(new RecordFilter(null, null, null, null, "ПЕТРЕНКО", 0, 20))).containsExactly("appeal-d");
        assertThat(ids(new RecordFilter(null, null, null, null, "(.*)", 0, 20))).isEmpty();
    }

    @Test
    void anotherTenantNeverSeesTheRecord() {
        projection.on(received(LYSYCHANSK, "appeal-1", PHONE, RECEIVED_ON), 0);

        assertThat(projection.handle(new FindCitizenAppealQuery(scoped(LYSYCHANSK, "appeal-1")), NIZHYN)).isEmpty();
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectory() {
        projection.on(received(LYSYCHANSK, "appeal-1", PHONE, RECEIVED_ON), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
    }

    private Optional<CitizenAppealView> find(String tenant, String clientId) {
        return projection.handle(new FindCitizenAppealQuery(scoped(tenant, clientId)), tenant);
    }

    private CitizenAppealPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindCitizenAppealsQuery(filter), tenant);
    }

    private List<String> ids(RecordFilter filter) {
        return list(LYSYCHANSK, filter).items().stream().map(CitizenAppealView::id).toList();
    }

    private static CitizenAppealReceivedEvent received(String tenant, String clientId, AppealChannel channel,
                                                       LocalDate receivedOn) {
        return new CitizenAppealReceivedEvent(scoped(tenant, clientId), channel, receivedOn, TOPIC, APPLICANT, null);
    }

    private static CitizenAppealDetails details(AppealChannel channel, LocalDate resolvedOn) {
        return new CitizenAppealDetails(channel, RECEIVED_ON, TOPIC, APPLICANT, resolvedOn);
    }

    private static CitizenAppealId scoped(String tenant, String clientId) {
        return CitizenAppealId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
