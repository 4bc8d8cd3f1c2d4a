package ua.hromada.registry.api.correspondence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrespondenceMessagesJsonTest {

    private static final IncomingDocumentId INCOMING = IncomingDocumentId.of("lysychansk:in-117");
    private static final OutgoingDocumentId OUTGOING = OutgoingDocumentId.of("lysychansk:out-342");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 3, 15);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2021, 3, 29);

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void receivedEventIsWrittenWithPlainIdsKindsAndIsoDates() throws Exception {
        IncomingDocumentReceivedEvent event = new IncomingDocumentReceivedEvent(INCOMING,
                IncomingDocumentKind.PUBLIC_INFO_REQUEST, RECEIVED_ON, "Громадянин", "Запит на інформацію",
                "01-17/117", ANSWERED_ON, true);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"incomingDocumentId\":\"lysychansk:in-117\","
                + "\"kind\":\"public_info_request\",\"receivedOn\":\"2021-03-15\",\"sender\":\"Громадянин\","
                + "\"subject\":\"Запит на інформацію\",\"registrationNumber\":\"01-17/117\","
                + "\"answeredOn\":\"2021-03-29\",\"longTermControl\":true}");
        assertThat(json.readValue(written, IncomingDocumentReceivedEvent.class)).isEqualTo(event);
    }

    @Test
    void controlEventsCarryTheirDates() throws Exception {
        IncomingDocumentTakenOffLongTermControlEvent takenOff = new IncomingDocumentTakenOffLongTermControlEvent(
                INCOMING, RECEIVED_ON, LocalDate.of(2021, 11, 1));

        String written = json.writeValueAsString(takenOff);

        assertThat(written).isEqualTo("{\"incomingDocumentId\":\"lysychansk:in-117\",\"since\":\"2021-03-15\","
                + "\"until\":\"2021-11-01\"}");
        assertThat(json.readValue(written, IncomingDocumentTakenOffLongTermControlEvent.class)).isEqualTo(takenOff);
        assertThat(json.writeValueAsString(new IncomingDocumentPutOnLongTermControlEvent(INCOMING, RECEIVED_ON)))
                .isEqualTo("{\"incomingDocumentId\":\"lysychansk:in-117\",\"since\":\"2021-03-15\"}");
    }

    @Test
    void answeredEventCarriesTheKind() throws Exception {
        IncomingDocumentAnsweredEvent event = new IncomingDocumentAnsweredEvent(INCOMING,
                IncomingDocumentKind.HIGHER_DIRECTIVE, ANSWERED_ON);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"incomingDocumentId\":\"lysychansk:in-117\","
                + "\"kind\":\"higher_directive\",\"answeredOn\":\"2021-03-29\"}");
        assertThat(json.readValue(written, IncomingDocumentAnsweredEvent.class)).isEqualTo(event);
    }

    @Test
    void correctionAndWithdrawalCarryWholeDetails() throws Exception {
        IncomingDocumentDetails previous = new IncomingDocumentDetails(IncomingDocumentKind.LETTER, RECEIVED_ON,
                "Луганська ОВЦА", null, "01-17/117", ANSWERED_ON, true);
        IncomingDocumentDetails corrected = new IncomingDocumentDetails(IncomingDocumentKind.LETTER, RECEIVED_ON,
                "Луганська ОВЦА", null, "01-17/117", null, false);
        List<Object> messages = List.of(
                new IncomingDocumentCorrectedEvent(INCOMING, previous, corrected, "Відповідь внесено помилково"),
                new IncomingDocumentWithdrawnEvent(INCOMING, corrected, "Дублікат"),
                new CorrectIncomingDocumentCommand(INCOMING, corrected, "Відповідь внесено помилково"),
                new WithdrawIncomingDocumentCommand(INCOMING, "Дублікат"));

        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
        assertThat(json.writeValueAsString(corrected)).isEqualTo("{\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\","
                + "\"sender\":\"Луганська ОВЦА\",\"subject\":null,\"registrationNumber\":\"01-17/117\","
                + "\"answeredOn\":null,\"longTermControl\":false}");
    }

    @Test
    void incomingCommandsSurviveARoundTrip() throws Exception {
        List<Object> commands = List.of(
                new ReceiveIncomingDocumentCommand(INCOMING, IncomingDocumentKind.CITIZEN_APPEAL, RECEIVED_ON,
                        "Мешканець", "Ремонт дороги", "К-12", ANSWERED_ON, true),
                new AnswerIncomingDocumentCommand(INCOMING, ANSWERED_ON),
                new PutIncomingDocumentOnLongTermControlCommand(INCOMING, RECEIVED_ON),
                new TakeIncomingDocumentOffLongTermControlCommand(INCOMING, ANSWERED_ON));

        for (Object command : commands) {
            assertThat(json.readValue(json.writeValueAsString(command), command.getClass())).isEqualTo(command);
        }
    }

    @Test
    void anUnsetControlFlagReadsAsNotOnControl() throws Exception {
        IncomingDocumentDetails details = json.readValue("{\"kind\":\"letter\",\"receivedOn\":\"2021-03-15\"}",
                IncomingDocumentDetails.class);

        assertThat(details.longTermControl()).isFalse();
        assertThat(details).isEqualTo(new IncomingDocumentDetails(IncomingDocumentKind.LETTER, RECEIVED_ON, null,
                null, null, null, false));
    }

    @Test
    void outgoingMessagesSurviveARoundTrip() throws Exception {
        OutgoingDocumentSentEvent sent = new OutgoingDocumentSentEvent(OUTGOING, OutgoingDocumentKind.EXTERNAL,
                ANSWERED_ON, "Луганська ОВЦА", "Відповідь", "02-11/342", "in-117");

        String written = json.writeValueAsString(sent);

        assertThat(written).isEqualTo("{\"outgoingDocumentId\":\"lysychansk:out-342\",\"kind\":\"external\","
                + "\"sentOn\":\"2021-03-29\",\"recipient\":\"Луганська ОВЦА\",\"subject\":\"Відповідь\","
                + "\"registrationNumber\":\"02-11/342\",\"inReplyTo\":\"in-117\"}");
        OutgoingDocumentDetails previous = new OutgoingDocumentDetails(OutgoingDocumentKind.EXTERNAL, ANSWERED_ON,
                "Луганська ОВЦА", "Відповідь", "02-11/342", "in-117");
        OutgoingDocumentDetails corrected = new OutgoingDocumentDetails(OutgoingDocumentKind.INTERNAL, ANSWERED_ON,
                null, "Відповідь", "02-11/342", null);
        List<Object> messages = List.of(sent,
                new SendOutgoingDocumentCommand(OUTGOING, OutgoingDocumentKind.INTERNAL, ANSWERED_ON, null, null,
                        null, null),
                new CorrectOutgoingDocumentCommand(OUTGOING, corrected, "Вид документа"),
                new OutgoingDocumentCorrectedEvent(OUTGOING, previous, corrected, "Вид документа"),
                new WithdrawOutgoingDocumentCommand(OUTGOING, "Дублікат"),
                new OutgoingDocumentWithdrawnEvent(OUTGOING, corrected, "Дублікат"));
        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void pagesOfViewsSurviveARoundTripWithStatusesInLowerCase() throws Exception {
        IncomingDocumentPage incoming = new IncomingDocumentPage(List.of(new IncomingDocumentView("in-117",
                IncomingDocumentKind.HIGHER_DIRECTIVE, RECEIVED_ON, "ОДА", "Про відзначення", "01-17/117",
                ANSWERED_ON, true, RECEIVED_ON, List.of(new ControlPeriod(RECEIVED_ON, null)),
                IncomingDocumentStatus.ANSWERED, 1, 3)), 0, 20, 1);
        OutgoingDocumentPage outgoing = new OutgoingDocumentPage(List.of(new OutgoingDocumentView("out-342",
                OutgoingDocumentKind.EXTERNAL, ANSWERED_ON, "ОДА", "Відповідь", "02-11/342", "in-117",
                OutgoingDocumentStatus.SENT, 0, 0)), 0, 20, 1);

        String written = json.writeValueAsString(incoming);

        assertThat(written).contains("\"status\":\"answered\"", "\"onLongTermControl\":true",
                "\"controlPeriods\":[{\"since\":\"2021-03-15\",\"until\":null}]");
        assertThat(json.readValue(written, IncomingDocumentPage.class)).isEqualTo(incoming);
        assertThat(json.writeValueAsString(outgoing)).contains("\"status\":\"sent\"");
        assertThat(json.readValue(json.writeValueAsString(outgoing), OutgoingDocumentPage.class)).isEqualTo(outgoing);
    }

    @Test
    void everyEventCarriesRevisionOne() {
        List<Class<?>> events = List.of(IncomingDocumentReceivedEvent.class, IncomingDocumentAnsweredEvent.class,
                IncomingDocumentPutOnLongTermControlEvent.class, IncomingDocumentTakenOffLongTermControlEvent.class,
                IncomingDocumentCorrectedEvent.class, IncomingDocumentWithdrawnEvent.class,
                OutgoingDocumentSentEvent.class, OutgoingDocumentCorrectedEvent.class,
                OutgoingDocumentWithdrawnEvent.class);

        assertThat(events).allSatisfy(event ->
                assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                        .extracting(Revision::value).isEqualTo("1"));
    }

    @Test
    void kindsAreWrittenInLowerSnakeCase() {
        assertThat(List.of(IncomingDocumentKind.values())).extracting(IncomingDocumentKind::value)
                .containsExactly("letter", "public_info_request", "citizen_appeal", "higher_directive");
        assertThat(IncomingDocumentKind.fromValue("higher_directive")).contains(IncomingDocumentKind.HIGHER_DIRECTIVE);
        assertThat(IncomingDocumentKind.fromValue("HIGHER_DIRECTIVE")).isEmpty();
        assertThat(List.of(OutgoingDocumentKind.values())).extracting(OutgoingDocumentKind::value)
                .containsExactly("internal", "external");
        assertThat(OutgoingDocumentKind.fromValue("internal")).contains(OutgoingDocumentKind.INTERNAL);
        assertThat(OutgoingDocumentKind.fromValue("outgoing")).isEmpty();
    }

    @Test
    void idsMustNotBeBlank() {
        assertThatThrownBy(() -> IncomingDocumentId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncomingDocumentId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingDocumentId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingDocumentId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(INCOMING).hasToString("lysychansk:in-117");
        assertThat(OUTGOING).hasToString("lysychansk:out-342");
    }
}
