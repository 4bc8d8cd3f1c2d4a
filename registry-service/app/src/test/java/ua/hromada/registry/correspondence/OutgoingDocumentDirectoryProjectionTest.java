package ua.hromada.registry.correspondence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentsQuery;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentPage;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentStatus;
import ua.hromada.registry.api.correspondence.OutgoingDocumentView;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class OutgoingDocumentDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final OutgoingDocumentKind EXTERNAL = OutgoingDocumentKind.EXTERNAL;
    private static final OutgoingDocumentKind INTERNAL = OutgoingDocumentKind.INTERNAL;
    private static final LocalDate SENT_ON = LocalDate.of(2021, 4, 2);
    private static final String RECIPIENT = "Луганська обласна військово-цивільна адміністрація";
    private static final String SUBJECT = "Про виконання доручення";
    private static final String NUMBER = "02-11/342";

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private OutgoingDocumentDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new OutgoingDocumentDirectoryProjection(database, json());
        collection = database.getCollection(OutgoingDocumentDirectoryProjection.COLLECTION);
    }

    @Test
    void theViewFollowsTheSendingCorrectionAndWithdrawal() {
        OutgoingDocumentId id = scoped(LYSYCHANSK, "out-1");
        projection.on(sent(LYSYCHANSK, "out-1", EXTERNAL, SENT_ON), 0);
        assertThat(find(LYSYCHANSK, "out-1")).contains(new OutgoingDocumentView("out-1", EXTERNAL, SENT_ON,
                RECIPIENT, SUBJECT, NUMBER, "in-117", OutgoingDocumentStatus.SENT, 0, 0));

        OutgoingDocumentDetails corrected = new OutgoingDocumentDetails(INTERNAL, SENT_ON.minusDays(1), "Відділ освіти",
                SUBJECT, NUMBER, null);
        projection.on(new OutgoingDocumentCorrectedEvent(id, details(EXTERNAL, SENT_ON), corrected, "адресат"), 1);
        assertThat(find(LYSYCHANSK, "out-1")).contains(new OutgoingDocumentView("out-1", INTERNAL,
                SENT_ON.minusDays(1), "Відділ освіти", SUBJECT, NUMBER, null, OutgoingDocumentStatus.SENT, 1, 1));

        projection.on(new OutgoingDocumentWithdrawnEvent(id, corrected, "зареєстровано двічі"), 2);
        assertThat(find(LYSYCHANSK, "out-1")).contains(new OutgoingDocumentView("out-1", INTERNAL,
                SENT_ON.minusDays(1), "Відділ освіти", SUBJECT, NUMBER, null, OutgoingDocumentStatus.WITHDRAWN, 1, 2));
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).items())
                .extracting(OutgoingDocumentView::id).containsExactly("out-1");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        OutgoingDocumentId id = scoped(LYSYCHANSK, "out-1");
        OutgoingDocumentSentEvent sent = sent(LYSYCHANSK, "out-1", EXTERNAL, SENT_ON);
        OutgoingDocumentCorrectedEvent corrected = new OutgoingDocumentCorrectedEvent(id, details(EXTERNAL, SENT_ON),
                details(INTERNAL, SENT_ON), "вид");

        projection.on(sent, 0);
        projection.on(corrected, 1);
        projection.on(sent, 0);
        projection.on(corrected, 1);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "out-1")).contains(new OutgoingDocumentView("out-1", INTERNAL, SENT_ON,
                RECIPIENT, SUBJECT, NUMBER, "in-117", OutgoingDocumentStatus.SENT, 1, 1));
    }

    @Test
    void listsBySendingDateThenIdFilteredByKindDatesAndText() {
        projection.on(sent(LYSYCHANSK, "out-b", EXTERNAL, LocalDate.of(2021, 2, 1)), 0);
        projection.on(sent(LYSYCHANSK, "out-a", INTERNAL, LocalDate.of(2021, 2, 1)), 0);
        projection.on(sent(LYSYCHANSK, "out-c", EXTERNAL, LocalDate.of(2020, 12, 31)), 0);
        projection.on(new OutgoingDocumentSentEvent(scoped(LYSYCHANSK, "out-d"), INTERNAL, LocalDate.of(2021, 5, 5),
                "Управління соцзахисту", "Щодо матеріальної допомоги", "В-77", null), 0);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(OutgoingDocumentView::id)
                .containsExactly("out-c", "out-a", "out-b", "out-d");
        assertThat(list(LYSYCHANSK, new RecordFilter("internal", null, null, null, null, 0, 20)).items())
                .extracting(OutgoingDocumentView::id).containsExactly("out-a", "out-d");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "sent", LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 2, 1), null, 0, 20)).items()).extracting(OutgoingDocumentView::id)
                .containsExactly("out-a", "out-b");
        assertThat(search(LYSYCHANSK, "соцзахисту")).containsExactly("out-d");
        assertThat(search(LYSYCHANSK, "допомоги")).containsExactly("out-d");
        assertThat(search(LYSYCHANSK, "в-77")).containsExactly("out-d");
        assertThat(search(LYSYCHANSK, "{\"$gt\": \"\"}")).isEmpty();
    }

    @Test
    void anotherTenantNeverSeesTheRecord() {
        projection.on(sent(LYSYCHANSK, "out-1", EXTERNAL, SENT_ON), 0);

        assertThat(projection.handle(new FindOutgoingDocumentQuery(scoped(LYSYCHANSK, "out-1")), NIZHYN)).isEmpty();
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectory() {
        projection.on(sent(LYSYCHANSK, "out-1", EXTERNAL, SENT_ON), 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
    }

    private Optional<OutgoingDocumentView> find(String tenant, String clientId) {
        return projection.handle(new FindOutgoingDocumentQuery(scoped(tenant, clientId)), tenant);
    }

    private OutgoingDocumentPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindOutgoingDocumentsQuery(filter), tenant);
    }

    private List<String> search(String tenant, String text) {
        return list(tenant, new RecordFilter(null, null, null, null, text, 0, 20)).items().stream()
                .map(OutgoingDocumentView::id).toList();
    }

    private static OutgoingDocumentSentEvent sent(String tenant, String clientId, OutgoingDocumentKind kind,
                                                  LocalDate sentOn) {
        return new OutgoingDocumentSentEvent(scoped(tenant, clientId), kind, sentOn, RECIPIENT, SUBJECT, NUMBER,
                "in-117");
    }

    private static OutgoingDocumentDetails details(OutgoingDocumentKind kind, LocalDate sentOn) {
        return new OutgoingDocumentDetails(kind, sentOn, RECIPIENT, SUBJECT, NUMBER, "in-117");
    }

    private static OutgoingDocumentId scoped(String tenant, String clientId) {
        return OutgoingDocumentId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
