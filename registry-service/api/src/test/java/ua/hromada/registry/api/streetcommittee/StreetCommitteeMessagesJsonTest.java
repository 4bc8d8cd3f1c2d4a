package ua.hromada.registry.api.streetcommittee;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreetCommitteeMessagesJsonTest {

    private static final StreetCommitteeId ID = StreetCommitteeId.of("lysychansk:sc-1");
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 3, 10);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 6, 30);
    private static final StreetCommitteeDetails WORKING =
            new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON, null);
    private static final StreetCommitteeDetails DISSOLVED =
            new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON, DISSOLVED_ON);
    private static final StreetCommitteeElectionDetails ELECTION =
            new StreetCommitteeElectionDetails(LocalDate.of(2019, 4, 20), "Петренко Ганна");
    private static final StreetCommitteeElectionDetails CORRECTED_ELECTION =
            new StreetCommitteeElectionDetails(LocalDate.of(2019, 4, 27), null);

    private static final List<Object> COMMANDS = List.of(
            new EstablishStreetCommitteeCommand(ID, "вул. Шевченка", ESTABLISHED_ON, DISSOLVED_ON),
            new DissolveStreetCommitteeCommand(ID, DISSOLVED_ON),
            new CorrectStreetCommitteeCommand(ID, DISSOLVED, "дата з рішення"),
            new WithdrawStreetCommitteeCommand(ID, "внесено помилково"),
            new RecordStreetCommitteeElectionCommand(ID, "e-1", ELECTION.heldOn(), ELECTION.headName()),
            new CorrectStreetCommitteeElectionCommand(ID, "e-1", CORRECTED_ELECTION.heldOn(), null, "протокол"),
            new WithdrawStreetCommitteeElectionCommand(ID, "e-1", "внесено помилково"));

    private static final List<Object> EVENTS = List.of(
            new StreetCommitteeEstablishedEvent(ID, "вул. Шевченка", ESTABLISHED_ON),
            new StreetCommitteeDissolvedEvent(ID, "вул. Шевченка", DISSOLVED_ON, true),
            new StreetCommitteeCorrectedEvent(ID, WORKING, DISSOLVED, "дата з рішення"),
            new StreetCommitteeWithdrawnEvent(ID, DISSOLVED, "внесено помилково"),
            new StreetCommitteeElectionRecordedEvent(ID, "e-1", ELECTION.heldOn(), ELECTION.headName(),
                    "вул. Шевченка"),
            new StreetCommitteeElectionCorrectedEvent(ID, "e-1", ELECTION, CORRECTED_ELECTION, "протокол"),
            new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", CORRECTED_ELECTION, "внесено помилково"));

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void electionIsWrittenWithPlainIdsAndIsoDates() throws Exception {
        String written = json.writeValueAsString(EVENTS.get(4));

        assertThat(written).isEqualTo("{\"streetCommitteeId\":\"lysychansk:sc-1\",\"electionId\":\"e-1\","
                + "\"heldOn\":\"2019-04-20\",\"headName\":\"Петренко Ганна\",\"street\":\"вул. Шевченка\"}");
    }

    @Test
    void correctionIsWrittenWithBothVersionsOfTheDetails() throws Exception {
        String written = json.writeValueAsString(EVENTS.get(2));

        assertThat(written).isEqualTo("{\"streetCommitteeId\":\"lysychansk:sc-1\","
                + "\"previous\":{\"street\":\"вул. Шевченка\",\"establishedOn\":\"2015-03-10\",\"dissolvedOn\":null},"
                + "\"corrected\":{\"street\":\"вул. Шевченка\",\"establishedOn\":\"2015-03-10\","
                + "\"dissolvedOn\":\"2021-06-30\"},\"reason\":\"дата з рішення\"}");
    }

    @Test
    void everyMessageSurvivesARoundTrip() throws Exception {
        for (Object message : concat(COMMANDS, EVENTS)) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void pageOfViewsIsWrittenWithStatusElectionsAndVersionAndSurvivesARoundTrip() throws Exception {
        StreetCommitteePage page = new StreetCommitteePage(List.of(new StreetCommitteeView("sc-1", "вул. Шевченка",
                ESTABLISHED_ON, DISSOLVED_ON, StreetCommitteeStatus.DISSOLVED, List.of(
                        new StreetCommitteeElectionView("e-1", LocalDate.of(2019, 4, 20), "Петренко Ганна", false),
                        new StreetCommitteeElectionView("e-2", LocalDate.of(2020, 4, 20), null, true)), 1, 4)),
                0, 20, 1);

        String written = json.writeValueAsString(page);

        assertThat(written).contains("\"status\":\"dissolved\"").contains("\"version\":4")
                .contains("{\"electionId\":\"e-2\",\"heldOn\":\"2020-04-20\",\"headName\":null,"
                        + "\"withdrawn\":true}");
        assertThat(json.readValue(written, StreetCommitteePage.class)).isEqualTo(page);
        assertThat(List.of(StreetCommitteeStatus.values())).extracting(StreetCommitteeStatus::value)
                .containsExactly("active", "dissolved", "withdrawn");
        assertThat(StreetCommitteeStatus.fromValue("withdrawn")).contains(StreetCommitteeStatus.WITHDRAWN);
    }

    @Test
    void everyEventCarriesRevisionOne() {
        for (Object event : EVENTS) {
            assertThat(event.getClass().getAnnotation(Revision.class)).as(event.getClass().getSimpleName())
                    .isNotNull().extracting(Revision::value).isEqualTo("1");
        }
    }

    @Test
    void everyCommandAddressesItsCommittee() throws Exception {
        for (Object command : COMMANDS) {
            assertThat(command.getClass().getDeclaredField("streetCommitteeId")
                    .isAnnotationPresent(TargetAggregateIdentifier.class)).as(command.getClass().getSimpleName())
                    .isTrue();
        }
    }

    @Test
    void idMustNotBeBlankAndIsItsValue() {
        assertThat(ID).hasToString("lysychansk:sc-1");
        assertThatThrownBy(() -> StreetCommitteeId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreetCommitteeId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
