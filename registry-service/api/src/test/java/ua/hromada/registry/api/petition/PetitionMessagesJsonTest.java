package ua.hromada.registry.api.petition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.record.RecordFilter;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PetitionMessagesJsonTest {

    private static final PetitionId ID = PetitionId.of("lysychansk:petition-1");
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 4, 2);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 4, 6);
    private static final LocalDate ANSWERED = LocalDate.of(2021, 7, 1);
    private static final PetitionDetails IN_MODERATION = new PetitionDetails("Перехід біля школи", SUBMITTED,
            "Олена Коваль", 0, PetitionStatus.MODERATION, null, null, null);
    private static final PetitionDetails ANSWERED_PETITION = new PetitionDetails("Перехід біля школи", SUBMITTED,
            "Олена Коваль", 250, PetitionStatus.ANSWERED, PUBLISHED, null, ANSWERED);

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void eventIsWrittenWithPlainIdsStatusesAndIsoDates() throws Exception {
        PetitionSubmittedEvent event = new PetitionSubmittedEvent(ID, "Перехід біля школи", SUBMITTED,
                "Олена Коваль", ANSWERED_PETITION);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"petitionId\":\"lysychansk:petition-1\",\"title\":\"Перехід біля школи\","
                + "\"submittedOn\":\"2021-04-02\",\"author\":\"Олена Коваль\",\"recorded\":{"
                + "\"title\":\"Перехід біля школи\",\"submittedOn\":\"2021-04-02\",\"author\":\"Олена Коваль\","
                + "\"signatures\":250,\"status\":\"answered\",\"publishedOn\":\"2021-04-06\",\"rejectedOn\":null,"
                + "\"answeredOn\":\"2021-07-01\"}}");
        assertThat(json.readValue(written, PetitionSubmittedEvent.class)).isEqualTo(event);
    }

    @Test
    void everyMessageSurvivesARoundTrip() throws Exception {
        List<Object> messages = List.of(
                new SubmitPetitionCommand(ID, "Перехід біля школи", SUBMITTED, "Олена Коваль", 250,
                        PetitionStatus.ANSWERED, PUBLISHED, null, ANSWERED),
                new SubmitPetitionCommand(ID, "Перехід біля школи", SUBMITTED, null, 0, null, null, null, null),
                new PublishPetitionCommand(ID, PUBLISHED),
                new RejectPetitionCommand(ID, PUBLISHED, "Дублікат"),
                new RecordPetitionSignaturesCommand(ID, 120),
                new AnswerPetitionCommand(ID, ANSWERED),
                new CorrectPetitionCommand(ID, ANSWERED_PETITION, "Підписи"),
                new WithdrawPetitionCommand(ID, "Введено помилково"),
                new PetitionSubmittedEvent(ID, "Перехід біля школи", SUBMITTED, "Олена Коваль", IN_MODERATION),
                new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED),
                new PetitionRejectedEvent(ID, SUBMITTED, PUBLISHED, "Дублікат"),
                new PetitionRejectedEvent(ID, SUBMITTED, PUBLISHED, null),
                new PetitionSignaturesRecordedEvent(ID, 120),
                new PetitionAnsweredEvent(ID, SUBMITTED, ANSWERED),
                new PetitionCorrectedEvent(ID, IN_MODERATION, ANSWERED_PETITION, "Відповідь"),
                new PetitionWithdrawnEvent(ID, ANSWERED_PETITION, "Введено помилково"));

        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void aSubmissionWithoutStatusOrSignaturesIsInModerationWithNone() throws Exception {
        SubmitPetitionCommand command = json.readValue("{\"petitionId\":\"lysychansk:petition-1\","
                + "\"title\":\"Перехід біля школи\",\"submittedOn\":\"2021-04-02\",\"author\":\"Олена Коваль\"}",
                SubmitPetitionCommand.class);

        assertThat(command.details()).isEqualTo(IN_MODERATION);
    }

    @Test
    void eventsCarryARevision() {
        for (Class<?> event : List.of(PetitionSubmittedEvent.class, PetitionPublishedEvent.class,
                PetitionRejectedEvent.class, PetitionSignaturesRecordedEvent.class, PetitionAnsweredEvent.class,
                PetitionCorrectedEvent.class, PetitionWithdrawnEvent.class)) {
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                    .extracting(Revision::value).isEqualTo("1");
        }
    }

    @Test
    void statusesAreWrittenInLowerSnakeCase() {
        assertThat(List.of(PetitionStatus.values())).extracting(PetitionStatus::value)
                .containsExactly("moderation", "published", "rejected", "answered");
        assertThat(PetitionStatus.fromValue("answered")).contains(PetitionStatus.ANSWERED);
        assertThat(PetitionStatus.fromValue("Answered")).isEmpty();
    }

    @Test
    void idIsWrittenAsItsValue() throws Exception {
        assertThat(json.writeValueAsString(ID)).isEqualTo("\"lysychansk:petition-1\"");
        assertThat(json.readValue("\"lysychansk:petition-1\"", PetitionId.class)).isEqualTo(ID);
        assertThat(ID).hasToString("lysychansk:petition-1");
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> PetitionId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PetitionId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageOfViewsAndQueriesSurviveARoundTrip() throws Exception {
        PetitionPage page = new PetitionPage(List.of(new PetitionView("petition-1", "Перехід біля школи", SUBMITTED,
                "Іван Франко", 250, PetitionRecordStatus.ANSWERED, PUBLISHED, null, null, ANSWERED, 0, 3)), 0, 20, 1);

        assertThat(json.readValue(json.writeValueAsString(page), PetitionPage.class)).isEqualTo(page);
        for (Object query : List.of(new FindPetitionQuery(ID), new FindPetitionsQuery(
                new RecordFilter(null, "answered", SUBMITTED, ANSWERED, "школи", 1, 50)))) {
            assertThat(json.readValue(json.writeValueAsString(query), query.getClass())).isEqualTo(query);
        }
    }

    @Test
    void recordStatusesAreTheLifecycleStatusesAndWithdrawn() {
        assertThat(List.of(PetitionRecordStatus.values())).extracting(PetitionRecordStatus::value)
                .containsExactly("moderation", "published", "rejected", "answered", "withdrawn");
        assertThat(PetitionRecordStatus.fromValue("withdrawn")).contains(PetitionRecordStatus.WITHDRAWN);
        assertThat(PetitionRecordStatus.fromValue("Withdrawn")).isEmpty();
        for (PetitionStatus status : PetitionStatus.values()) {
            assertThat(PetitionRecordStatus.of(status).value()).isEqualTo(status.value());
        }
    }
}
