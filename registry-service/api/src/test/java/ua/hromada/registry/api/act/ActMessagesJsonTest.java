package ua.hromada.registry.api.act;

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

class ActMessagesJsonTest {

    private static final ActId ID = ActId.of("lysychansk:act-1");
    private static final LocalDate DRAFTED = LocalDate.of(2021, 3, 1);
    private static final LocalDate ADOPTED = LocalDate.of(2021, 3, 25);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 30);
    private static final ActDetails DRAFT = new ActDetails(ActKind.COUNCIL_DECISION, null, "Про бюджет", DRAFTED,
            null, null, true);
    private static final ActDetails ADOPTED_ACT = new ActDetails(ActKind.COUNCIL_DECISION, "154", "Про бюджет",
            DRAFTED, ADOPTED, PUBLISHED, true);

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void eventIsWrittenWithPlainIdsKindsAndIsoDates() throws Exception {
        ActDraftedEvent event = new ActDraftedEvent(ID, ActKind.DRAFT_DECISION, "P-12", "Про бюджет", DRAFTED, true,
                new ActDetails(ActKind.DRAFT_DECISION, "P-12", "Про бюджет", DRAFTED, null, null, true));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"actId\":\"lysychansk:act-1\",\"kind\":\"draft_decision\","
                + "\"number\":\"P-12\",\"title\":\"Про бюджет\",\"draftedOn\":\"2021-03-01\","
                + "\"preparedByDepartment\":true,\"recorded\":{\"kind\":\"draft_decision\",\"number\":\"P-12\","
                + "\"title\":\"Про бюджет\",\"draftedOn\":\"2021-03-01\",\"adoptedOn\":null,\"publishedOn\":null,"
                + "\"preparedByDepartment\":true}}");
        assertThat(json.readValue(written, ActDraftedEvent.class)).isEqualTo(event);
    }

    @Test
    void everyMessageSurvivesARoundTrip() throws Exception {
        List<Object> messages = List.of(
                new RecordActCommand(ID, ActKind.HEAD_DIRECTIVE, "154", "Про нагородження", null, ADOPTED, PUBLISHED,
                        false),
                new AdoptActCommand(ID, ADOPTED, "154"),
                new AdoptActCommand(ID, ADOPTED, null),
                new PublishActCommand(ID, PUBLISHED),
                new CorrectActCommand(ID, ADOPTED_ACT, "Номер"),
                new WithdrawActCommand(ID, "Введено помилково"),
                new ActDraftedEvent(ID, ActKind.COUNCIL_DECISION, null, "Про бюджет", DRAFTED, true, DRAFT),
                new ActAdoptedEvent(ID, ActKind.COUNCIL_DECISION, "154", "Про бюджет", ADOPTED, true, null),
                new ActAdoptedEvent(ID, ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", ADOPTED, false,
                        new ActDetails(ActKind.HEAD_DIRECTIVE, "7", "Про нагородження", null, ADOPTED, null, false)),
                new ActPublishedEvent(ID, ActKind.COUNCIL_DECISION, "154", PUBLISHED, true),
                new ActCorrectedEvent(ID, DRAFT, ADOPTED_ACT, "Ухвалено"),
                new ActWithdrawnEvent(ID, ADOPTED_ACT, "Введено помилково"));

        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void anActIsNotPreparedByTheDepartmentUnlessSaid() throws Exception {
        RecordActCommand command = json.readValue("{\"actId\":\"lysychansk:act-1\",\"kind\":\"session_protocol\","
                + "\"number\":\"12\",\"adoptedOn\":\"2021-03-25\"}", RecordActCommand.class);

        assertThat(command.details()).isEqualTo(new ActDetails(ActKind.SESSION_PROTOCOL, "12", null, null, ADOPTED,
                null, false));
    }

    @Test
    void eventsCarryARevision() {
        for (Class<?> event : List.of(ActDraftedEvent.class, ActAdoptedEvent.class, ActPublishedEvent.class,
                ActCorrectedEvent.class, ActWithdrawnEvent.class)) {
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                    .extracting(Revision::value).isEqualTo("1");
        }
    }

    @Test
    void kindsAreWrittenInLowerSnakeCase() {
        assertThat(List.of(ActKind.values())).extracting(ActKind::value)
                .containsExactly("head_directive", "council_decision", "executive_decision", "draft_decision",
                        "session_protocol", "executive_protocol");
        assertThat(ActKind.fromValue("executive_protocol")).contains(ActKind.EXECUTIVE_PROTOCOL);
        assertThat(ActKind.fromValue("EXECUTIVE_PROTOCOL")).isEmpty();
        assertThat(ActKind.fromValue(null)).isEmpty();
    }

    @Test
    void idIsWrittenAsItsValue() throws Exception {
        assertThat(json.writeValueAsString(ID)).isEqualTo("\"lysychansk:act-1\"");
        assertThat(json.readValue("\"lysychansk:act-1\"", ActId.class)).isEqualTo(ID);
        assertThat(ID).hasToString("lysychansk:act-1");
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> ActId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageOfViewsAndQueriesSurviveARoundTrip() throws Exception {
        ActPage page = new ActPage(List.of(new ActView("act-1", ActKind.COUNCIL_DECISION, "154", "Про бюджет",
                DRAFTED, ADOPTED, PUBLISHED, true, ActStatus.PUBLISHED, 1, 3)), 0, 20, 1);

        assertThat(json.readValue(json.writeValueAsString(page), ActPage.class)).isEqualTo(page);
        for (Object query : List.of(new FindActQuery(ID), new FindActsQuery(
                new RecordFilter("head_directive", "adopted", DRAFTED, ADOPTED, "154", 0, 20)))) {
            assertThat(json.readValue(json.writeValueAsString(query), query.getClass())).isEqualTo(query);
        }
    }

    @Test
    void statusesAreWrittenInLowerCaseAndFollowTheLifecycleDates() {
        assertThat(List.of(ActStatus.values())).extracting(ActStatus::value)
                .containsExactly("drafted", "adopted", "published", "withdrawn");
        assertThat(ActStatus.fromValue("withdrawn")).contains(ActStatus.WITHDRAWN);
        assertThat(ActStatus.fromValue("WITHDRAWN")).isEmpty();
        assertThat(ActStatus.of(DRAFT)).isEqualTo(ActStatus.DRAFTED);
        assertThat(ActStatus.of(ADOPTED_ACT)).isEqualTo(ActStatus.PUBLISHED);
        assertThat(ActStatus.of(new ActDetails(ActKind.HEAD_DIRECTIVE, "7", null, null, ADOPTED, null, false)))
                .isEqualTo(ActStatus.ADOPTED);
        assertThat(ActStatus.of(new ActDetails(ActKind.DRAFT_DECISION, "П-1", null, DRAFTED, null, PUBLISHED, true)))
                .isEqualTo(ActStatus.PUBLISHED);
    }
}
