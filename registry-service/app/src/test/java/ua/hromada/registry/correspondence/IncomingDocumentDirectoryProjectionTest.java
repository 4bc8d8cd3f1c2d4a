package ua.hromada.registry.correspondence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.correspondence.ControlPeriod;
import ua.hromada.registry.api.correspondence.CountDocumentsOnLongTermControlQuery;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentsQuery;
import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentPage;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentStatus;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentView;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryFixtures.json;

class IncomingDocumentDirectoryProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final IncomingDocumentKind DIRECTIVE = IncomingDocumentKind.HIGHER_DIRECTIVE;
    private static final IncomingDocumentKind LETTER = IncomingDocumentKind.LETTER;
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 3, 15);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2021, 3, 29);
    private static final LocalDate SINCE = LocalDate.of(2021, 3, 20);
    private static final LocalDate UNTIL = LocalDate.of(2021, 11, 1);
    private static final String SENDER = "Луганська обласна військово-цивільна адміністрація";
    private static final String SUBJECT = "Про відзначення Дня Конституції України";
    private static final String NUMBER = "01-17/117";

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private IncomingDocumentDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new IncomingDocumentDirectoryProjection(database, json());
        collection = database.getCollection(IncomingDocumentDirectoryProjection.COLLECTION);
    }

    @Test
    void theViewFollowsEachStepOfTheDocument() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");

        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, null, false, null, List.of(), IncomingDocumentStatus.RECEIVED, 0, 0));

        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, SINCE), 1);
        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, null, true, SINCE, List.of(new ControlPeriod(SINCE, null)),
                IncomingDocumentStatus.RECEIVED, 0, 1));

        projection.on(new IncomingDocumentAnsweredEvent(id, DIRECTIVE, ANSWERED_ON), 2);
        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, ANSWERED_ON, true, SINCE, List.of(new ControlPeriod(SINCE, null)),
                IncomingDocumentStatus.ANSWERED, 0, 2));

        projection.on(new IncomingDocumentTakenOffLongTermControlEvent(id, SINCE, UNTIL), 3);
        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, ANSWERED_ON, false, null, List.of(new ControlPeriod(SINCE, UNTIL)),
                IncomingDocumentStatus.ANSWERED, 0, 3));

        LocalDate again = LocalDate.of(2021, 12, 1);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, again), 4);
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::controlPeriods).contains(List.of(
                new ControlPeriod(SINCE, UNTIL), new ControlPeriod(again, null)));
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::controlSince).contains(again);
    }

    @Test
    void anImportedLineIsAnsweredAndOnControlOnlyThroughTheEventsThatFollowItsReceipt() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        // The receipt repeats what the line said (answered, on control); the view must not take it from there.
        IncomingDocumentReceivedEvent receipt = new IncomingDocumentReceivedEvent(id, DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, ANSWERED_ON, true);

        projection.on(receipt, 0);
        assertThat(find(LYSYCHANSK, "in-1")).hasValueSatisfying(view -> {
            assertThat(view.answeredOn()).isNull();
            assertThat(view.onLongTermControl()).isFalse();
            assertThat(view.status()).isEqualTo(IncomingDocumentStatus.RECEIVED);
        });
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();

        projection.on(new IncomingDocumentAnsweredEvent(id, DIRECTIVE, ANSWERED_ON), 1);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, RECEIVED_ON), 2);

        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, RECEIVED_ON,
                SENDER, SUBJECT, NUMBER, ANSWERED_ON, true, RECEIVED_ON, List.of(new ControlPeriod(RECEIVED_ON, null)),
                IncomingDocumentStatus.ANSWERED, 0, 2));
        assertThat(count(LYSYCHANSK, null, RECEIVED_ON.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, null, RECEIVED_ON)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2023, 1, 1))).isEqualTo(1);
    }

    @Test
    void redeliveredEventsLeaveOneRecordCountedOnce() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        List<Object> events = List.of(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON),
                new IncomingDocumentPutOnLongTermControlEvent(id, SINCE),
                new IncomingDocumentTakenOffLongTermControlEvent(id, SINCE, UNTIL),
                new IncomingDocumentPutOnLongTermControlEvent(id, LocalDate.of(2021, 12, 1)),
                new IncomingDocumentCorrectedEvent(id, details(DIRECTIVE, RECEIVED_ON, null, true),
                        details(LETTER, RECEIVED_ON, null, true), "вид документа"));

        handleInOrder(events);
        // a processor restarted from an older token handles them all again
        handleInOrder(events);

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::version).contains(4L);
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::corrections).contains(1);
        assertThat(count(LYSYCHANSK, null, SINCE)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, LETTER, LocalDate.of(2021, 10, 31))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, UNTIL)).isZero();
        assertThat(count(LYSYCHANSK, LETTER, LocalDate.of(2021, 12, 1))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, DIRECTIVE, LocalDate.of(2021, 12, 1))).isZero();
    }

    @Test
    void countsDocumentsOnControlAtTheEndOfADay() {
        IncomingDocumentId first = scoped(LYSYCHANSK, "in-1");
        IncomingDocumentId second = scoped(LYSYCHANSK, "in-2");
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(received(LYSYCHANSK, "in-2", LETTER, RECEIVED_ON), 0);
        projection.on(received(NIZHYN, "in-3", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(first, SINCE), 1);
        projection.on(new IncomingDocumentTakenOffLongTermControlEvent(first, SINCE, UNTIL), 2);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(second, LocalDate.of(2021, 6, 1)), 1);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(scoped(NIZHYN, "in-3"), SINCE), 1);

        assertThat(count(LYSYCHANSK, null, SINCE.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, null, SINCE)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2021, 6, 1))).isEqualTo(2);
        assertThat(count(LYSYCHANSK, DIRECTIVE, LocalDate.of(2021, 6, 1))).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, UNTIL.minusDays(1))).isEqualTo(2);
        assertThat(count(LYSYCHANSK, null, UNTIL)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, DIRECTIVE, UNTIL)).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2024, 1, 1))).isEqualTo(1);
        assertThat(count(NIZHYN, null, LocalDate.of(2024, 1, 1))).isEqualTo(1);
    }

    @Test
    void aCorrectionOffControlVoidsTheRunningPeriodButKeepsThoseThatEnded() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        LocalDate again = LocalDate.of(2021, 12, 1);
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, SINCE), 1);
        projection.on(new IncomingDocumentTakenOffLongTermControlEvent(id, SINCE, UNTIL), 2);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, again), 3);

        projection.on(new IncomingDocumentCorrectedEvent(id, details(DIRECTIVE, RECEIVED_ON, null, true),
                details(DIRECTIVE, RECEIVED_ON, null, false), "на контроль поставлено помилково"), 4);

        assertThat(find(LYSYCHANSK, "in-1")).hasValueSatisfying(view -> {
            assertThat(view.onLongTermControl()).isFalse();
            assertThat(view.controlSince()).isNull();
            assertThat(view.controlPeriods()).containsExactly(new ControlPeriod(SINCE, UNTIL));
            assertThat(view.corrections()).isEqualTo(1);
        });
        assertThat(count(LYSYCHANSK, null, SINCE)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, again)).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 6, 1))).isZero();
    }

    @Test
    void aCorrectionOntoControlStartsItOnTheDayOfReceiptAndCountsTheDocumentOnceWhereAnEndedPeriodOverlaps() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        LocalDate receivedEarlier = LocalDate.of(2021, 3, 1);
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, SINCE), 1);
        projection.on(new IncomingDocumentTakenOffLongTermControlEvent(id, SINCE, UNTIL), 2);

        projection.on(new IncomingDocumentCorrectedEvent(id, details(DIRECTIVE, RECEIVED_ON, null, false),
                details(DIRECTIVE, receivedEarlier, ANSWERED_ON, true), "дата надходження і відповідь"), 3);

        assertThat(find(LYSYCHANSK, "in-1")).contains(new IncomingDocumentView("in-1", DIRECTIVE, receivedEarlier,
                SENDER, SUBJECT, NUMBER, ANSWERED_ON, true, receivedEarlier,
                List.of(new ControlPeriod(SINCE, UNTIL), new ControlPeriod(receivedEarlier, null)),
                IncomingDocumentStatus.ANSWERED, 1, 3));
        assertThat(count(LYSYCHANSK, null, receivedEarlier.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, null, receivedEarlier)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, SINCE)).as("both periods, one document").isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, UNTIL)).isEqualTo(1);
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2023, 1, 1))).isEqualTo(1);
    }

    @Test
    void aCorrectionKeepingTheDocumentOnControlKeepsItsRunningPeriodAndMovesItsKind() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, SINCE), 1);

        projection.on(new IncomingDocumentCorrectedEvent(id, details(DIRECTIVE, RECEIVED_ON, null, true),
                details(LETTER, RECEIVED_ON.minusDays(5), null, true), "вид і дата"), 2);

        assertThat(find(LYSYCHANSK, "in-1")).hasValueSatisfying(view -> {
            assertThat(view.controlSince()).isEqualTo(SINCE);
            assertThat(view.controlPeriods()).containsExactly(new ControlPeriod(SINCE, null));
            assertThat(view.kind()).isEqualTo(LETTER);
            assertThat(view.status()).isEqualTo(IncomingDocumentStatus.RECEIVED);
        });
        assertThat(count(LYSYCHANSK, DIRECTIVE, SINCE)).isZero();
        assertThat(count(LYSYCHANSK, LETTER, SINCE.minusDays(1))).isZero();
        assertThat(count(LYSYCHANSK, LETTER, SINCE)).isEqualTo(1);
    }

    @Test
    void aCorrectionRemovingTheAnswerMakesTheDocumentReceivedAgain() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentAnsweredEvent(id, DIRECTIVE, ANSWERED_ON), 1);

        projection.on(new IncomingDocumentCorrectedEvent(id, details(DIRECTIVE, RECEIVED_ON, ANSWERED_ON, false),
                details(DIRECTIVE, RECEIVED_ON, null, false), "відповідь внесено помилково"), 2);

        assertThat(find(LYSYCHANSK, "in-1")).hasValueSatisfying(view -> {
            assertThat(view.answeredOn()).isNull();
            assertThat(view.status()).isEqualTo(IncomingDocumentStatus.RECEIVED);
        });
    }

    @Test
    void aWithdrawalTakesTheDocumentOutOfTheCountAndTheList() {
        IncomingDocumentId id = scoped(LYSYCHANSK, "in-1");
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, SINCE), 1);
        projection.on(new IncomingDocumentTakenOffLongTermControlEvent(id, SINCE, UNTIL), 2);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(id, LocalDate.of(2021, 12, 1)), 3);

        projection.on(new IncomingDocumentWithdrawnEvent(id, details(DIRECTIVE, RECEIVED_ON, null, true),
                "зареєстровано двічі"), 4);

        assertThat(count(LYSYCHANSK, null, SINCE)).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::status)
                .contains(IncomingDocumentStatus.WITHDRAWN);
        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).total()).isZero();
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "withdrawn", null, null, null, 0, 20)).items())
                .extracting(IncomingDocumentView::id).containsExactly("in-1");
    }

    @Test
    void listsByReceiptDateThenIdFilteredByKindStatusDatesAndText() {
        projection.on(received(LYSYCHANSK, "in-b", DIRECTIVE, LocalDate.of(2021, 2, 1)), 0);
        projection.on(received(LYSYCHANSK, "in-a", LETTER, LocalDate.of(2021, 2, 1)), 0);
        projection.on(received(LYSYCHANSK, "in-c", LETTER, LocalDate.of(2020, 12, 31)), 0);
        projection.on(new IncomingDocumentReceivedEvent(scoped(LYSYCHANSK, "in-d"),
                IncomingDocumentKind.PUBLIC_INFO_REQUEST, LocalDate.of(2021, 5, 5), "Громадянин Петренко",
                "Запит на публічну інформацію", "З-12", null, false), 0);
        projection.on(new IncomingDocumentAnsweredEvent(scoped(LYSYCHANSK, "in-a"), LETTER, ANSWERED_ON), 1);

        assertThat(list(LYSYCHANSK, RecordFilter.firstPage(20)).items()).extracting(IncomingDocumentView::id)
                .containsExactly("in-c", "in-a", "in-b", "in-d");
        assertThat(list(LYSYCHANSK, new RecordFilter("letter", null, null, null, null, 0, 20)).items())
                .extracting(IncomingDocumentView::id).containsExactly("in-c", "in-a");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "answered", null, null, null, 0, 20)).items())
                .extracting(IncomingDocumentView::id).containsExactly("in-a");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, "received", null, null, null, 0, 20)).total())
                .isEqualTo(3);
        RecordFilter of2021 = new RecordFilter(null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), null,
                0, 1);
        assertThat(list(LYSYCHANSK, of2021).total()).isEqualTo(2);
        assertThat(list(LYSYCHANSK, of2021).items()).extracting(IncomingDocumentView::id).containsExactly("in-a");
        assertThat(list(LYSYCHANSK, new RecordFilter(null, null, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 2, 1), null, 1, 1)).items()).extracting(IncomingDocumentView::id)
                .containsExactly("in-b");
        assertThat(search(LYSYCHANSK, "петренко")).containsExactly("in-d");
        assertThat(search(LYSYCHANSK, "публічну")).containsExactly("in-d");
        assertThat(search(LYSYCHANSK, "з-12")).containsExactly("in-d");
        assertThat(search(LYSYCHANSK, "01-17/117")).containsExactly("in-c", "in-a", "in-b");
        assertThat(search(LYSYCHANSK, "in-d")).as("ids are not searched").isEmpty();
    }

    @Test
    void anotherTenantNeverSeesTheRecordEvenWithItsFullScopedIdAndTheSameClientIdIsItsOwnRecord() {
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(received(NIZHYN, "in-1", LETTER, RECEIVED_ON), 0);

        assertThat(projection.handle(new FindIncomingDocumentQuery(scoped(LYSYCHANSK, "in-1")), NIZHYN))
                .isEmpty();
        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::kind).contains(DIRECTIVE);
        assertThat(find(NIZHYN, "in-1")).map(IncomingDocumentView::kind).contains(LETTER);
        assertThat(list(NIZHYN, RecordFilter.firstPage(20)).items()).extracting(IncomingDocumentView::kind)
                .containsExactly(LETTER);
        assertThat(collection.countDocuments()).isEqualTo(2);
    }

    @Test
    void operatorLookingTextIsStoredAndSearchedAsPlainText() {
        String sender = "{\"$gt\": \"\"}";
        projection.on(new IncomingDocumentReceivedEvent(scoped(LYSYCHANSK, "in-1"), LETTER, RECEIVED_ON, sender,
                null, null, null, false), 0);
        projection.on(received(LYSYCHANSK, "in-2", LETTER, RECEIVED_ON), 0);

        assertThat(find(LYSYCHANSK, "in-1")).map(IncomingDocumentView::sender).contains(sender);
        assertThat(search(LYSYCHANSK, "$gt")).containsExactly("in-1");
        assertThat(search(LYSYCHANSK, ".*")).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectoryAndItsCountsForAReplay() {
        projection.on(received(LYSYCHANSK, "in-1", DIRECTIVE, RECEIVED_ON), 0);
        projection.on(new IncomingDocumentPutOnLongTermControlEvent(scoped(LYSYCHANSK, "in-1"), SINCE), 1);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
        assertThat(count(LYSYCHANSK, null, LocalDate.of(2022, 1, 1))).isZero();
    }

    private void handleInOrder(List<Object> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Object event = events.get(sequence);
            if (event instanceof IncomingDocumentReceivedEvent receipt) {
                projection.on(receipt, sequence);
            } else if (event instanceof IncomingDocumentPutOnLongTermControlEvent putOn) {
                projection.on(putOn, sequence);
            } else if (event instanceof IncomingDocumentTakenOffLongTermControlEvent takenOff) {
                projection.on(takenOff, sequence);
            } else if (event instanceof IncomingDocumentCorrectedEvent correction) {
                projection.on(correction, sequence);
            } else {
                throw new IllegalArgumentException("not used here: " + event);
            }
        }
    }

    private Optional<IncomingDocumentView> find(String tenant, String clientId) {
        return projection.handle(new FindIncomingDocumentQuery(scoped(tenant, clientId)), tenant);
    }

    private IncomingDocumentPage list(String tenant, RecordFilter filter) {
        return projection.handle(new FindIncomingDocumentsQuery(filter), tenant);
    }

    private List<String> search(String tenant, String text) {
        return list(tenant, new RecordFilter(null, null, null, null, text, 0, 20)).items().stream()
                .map(IncomingDocumentView::id).toList();
    }

    private long count(String tenant, IncomingDocumentKind kind, LocalDate asOf) {
        return projection.handle(new CountDocumentsOnLongTermControlQuery(kind, asOf), tenant).count();
    }

    private static IncomingDocumentReceivedEvent received(String tenant, String clientId, IncomingDocumentKind kind,
                                                          LocalDate receivedOn) {
        return new IncomingDocumentReceivedEvent(scoped(tenant, clientId), kind, receivedOn, SENDER, SUBJECT, NUMBER,
                null, false);
    }

    private static IncomingDocumentDetails details(IncomingDocumentKind kind, LocalDate receivedOn,
                                                   LocalDate answeredOn, boolean onControl) {
        return new IncomingDocumentDetails(kind, receivedOn, SENDER, SUBJECT, NUMBER, answeredOn, onControl);
    }

    private static IncomingDocumentId scoped(String tenant, String clientId) {
        return IncomingDocumentId.of(TenantScopedId.of(tenant, clientId).value());
    }
}
