package ua.hromada.registry.api.appeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppealMessagesJsonTest {

    private static final CitizenAppealId ID = CitizenAppealId.of("lysychansk:appeal-88");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 2, 8);
    private static final LocalDate RESOLVED_ON = LocalDate.of(2021, 2, 10);

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void receivedEventIsWrittenWithPlainIdsChannelsAndIsoDates() throws Exception {
        CitizenAppealReceivedEvent event = new CitizenAppealReceivedEvent(ID, AppealChannel.WEB_PORTAL, RECEIVED_ON,
                "Вивезення сміття", "Коваленко Олена", RESOLVED_ON);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"citizenAppealId\":\"lysychansk:appeal-88\",\"channel\":\"web_portal\","
                + "\"receivedOn\":\"2021-02-08\",\"topic\":\"Вивезення сміття\",\"applicantName\":\"Коваленко Олена\","
                + "\"resolvedOn\":\"2021-02-10\"}");
        assertThat(json.readValue(written, CitizenAppealReceivedEvent.class)).isEqualTo(event);
    }

    @Test
    void resolvedEventCarriesTheChannel() throws Exception {
        CitizenAppealResolvedEvent event = new CitizenAppealResolvedEvent(ID, AppealChannel.IN_PERSON, RESOLVED_ON);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"citizenAppealId\":\"lysychansk:appeal-88\",\"channel\":\"in_person\","
                + "\"resolvedOn\":\"2021-02-10\"}");
        assertThat(json.readValue(written, CitizenAppealResolvedEvent.class)).isEqualTo(event);
    }

    @Test
    void commandsCorrectionsAndWithdrawalsSurviveARoundTrip() throws Exception {
        CitizenAppealDetails previous = new CitizenAppealDetails(AppealChannel.PHONE, RECEIVED_ON, "Освітлення",
                null, RESOLVED_ON);
        CitizenAppealDetails corrected = new CitizenAppealDetails(AppealChannel.FACEBOOK, RECEIVED_ON, "Освітлення",
                null, null);
        List<Object> messages = List.of(
                new ReceiveCitizenAppealCommand(ID, AppealChannel.EMAIL, RECEIVED_ON, "Освітлення", "Петренко",
                        RESOLVED_ON),
                new ResolveCitizenAppealCommand(ID, RESOLVED_ON),
                new CorrectCitizenAppealCommand(ID, corrected, "Канал звернення"),
                new CitizenAppealCorrectedEvent(ID, previous, corrected, "Канал звернення"),
                new WithdrawCitizenAppealCommand(ID, "Дублікат"),
                new CitizenAppealWithdrawnEvent(ID, corrected, "Дублікат"));

        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
        assertThat(json.writeValueAsString(corrected)).isEqualTo("{\"channel\":\"facebook\","
                + "\"receivedOn\":\"2021-02-08\",\"topic\":\"Освітлення\",\"applicantName\":null,\"resolvedOn\":null}");
    }

    @Test
    void pageOfViewsSurvivesARoundTripWithTheStatusInLowerCase() throws Exception {
        CitizenAppealPage page = new CitizenAppealPage(List.of(new CitizenAppealView("appeal-88",
                AppealChannel.WEB_PORTAL, RECEIVED_ON, "Вивезення сміття", "Коваленко Олена", RESOLVED_ON,
                CitizenAppealStatus.RESOLVED, 0, 1)), 0, 20, 1);

        String written = json.writeValueAsString(page);

        assertThat(written).contains("\"channel\":\"web_portal\"", "\"status\":\"resolved\"");
        assertThat(json.readValue(written, CitizenAppealPage.class)).isEqualTo(page);
    }

    @Test
    void everyEventCarriesRevisionOne() {
        List<Class<?>> events = List.of(CitizenAppealReceivedEvent.class, CitizenAppealResolvedEvent.class,
                CitizenAppealCorrectedEvent.class, CitizenAppealWithdrawnEvent.class);

        assertThat(events).allSatisfy(event ->
                assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                        .extracting(Revision::value).isEqualTo("1"));
    }

    @Test
    void channelsAreWrittenInLowerSnakeCase() {
        assertThat(List.of(AppealChannel.values())).extracting(AppealChannel::value)
                .containsExactly("phone", "web_portal", "facebook", "email", "written", "in_person");
        assertThat(AppealChannel.fromValue("web_portal")).contains(AppealChannel.WEB_PORTAL);
        assertThat(AppealChannel.fromValue("WEB_PORTAL")).isEmpty();
        assertThat(AppealChannel.fromValue("web-portal")).isEmpty();
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> CitizenAppealId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CitizenAppealId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ID).hasToString("lysychansk:appeal-88");
    }
}
