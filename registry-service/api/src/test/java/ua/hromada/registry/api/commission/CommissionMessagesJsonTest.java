package ua.hromada.registry.api.commission;

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

class CommissionMessagesJsonTest {

    private static final CommissionId ID = CommissionId.of("lysychansk:awards");
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2018, 2, 1);
    private static final LocalDate ABOLISHED_ON = LocalDate.of(2021, 11, 30);
    private static final LocalDate MEETING_ON = LocalDate.of(2021, 3, 15);
    private static final CommissionDetails AWARDS = new CommissionDetails("Комісія з питань нагородження",
            CommissionKind.COMMISSION, ESTABLISHED_ON, null, "розпорядження № 12", CommissionPurpose.AWARDS);
    private static final CommissionDetails ABOLISHED = new CommissionDetails("Комісія з питань нагородження",
            CommissionKind.COORDINATION_COUNCIL, ESTABLISHED_ON, ABOLISHED_ON, null, CommissionPurpose.VETERANS);
    private static final AgendaItem ITEM = new AgendaItem("1", "Про план роботи", "Затвердити");

    private static final List<Object> COMMANDS = List.of(
            new EstablishCommissionCommand(ID, "Комісія з питань нагородження", CommissionKind.WORKING_GROUP,
                    ESTABLISHED_ON, ABOLISHED_ON, "розпорядження № 12", CommissionPurpose.BUDGET),
            new AbolishCommissionCommand(ID, ABOLISHED_ON),
            new CorrectCommissionCommand(ID, ABOLISHED, "дані з розпорядження"),
            new WithdrawCommissionCommand(ID, "внесено помилково"),
            new AddCommissionMemberCommand(ID, "Іваненко Іван", "голова комісії"),
            new RemoveCommissionMemberCommand(ID, "Іваненко Іван"),
            new HoldCommissionMeetingCommand(ID, "m-1", MEETING_ON, List.of(ITEM)),
            new RecordCommissionDecisionCommand(ID, "m-1", "1", "Затвердити"),
            new PlaceAwardPetitionOnAgendaCommand(ID, "p-1", "Петренко Ганна", "honorary_gramota",
                    LocalDate.of(2021, 3, 1)),
            new DecideAwardPetitionCommand(ID, "p-1", AwardPetitionOutcome.REJECTED, MEETING_ON));

    private static final List<Object> EVENTS = List.of(
            new CommissionEstablishedEvent(ID, "Комісія з питань нагородження", CommissionKind.COMMISSION,
                    ESTABLISHED_ON, "розпорядження № 12", CommissionPurpose.AWARDS),
            new CommissionAbolishedEvent(ID, CommissionKind.COMMISSION, CommissionPurpose.RENAMING, ABOLISHED_ON,
                    false),
            new CommissionCorrectedEvent(ID, AWARDS, ABOLISHED, "дані з розпорядження"),
            new CommissionWithdrawnEvent(ID, ABOLISHED, "внесено помилково"),
            new CommissionMemberAddedEvent(ID, "Іваненко Іван", null),
            new CommissionMemberRemovedEvent(ID, "Іваненко Іван"),
            new CommissionMeetingHeldEvent(ID, "m-1", CommissionKind.COMMISSION, CommissionPurpose.AWARDS, MEETING_ON,
                    List.of(ITEM, new AgendaItem("2", "Різне", null)),
                    List.of(new AwardPetitionAgendaItem("petition-p-1", "p-1", "Петренко Ганна", "honorary_gramota"))),
            new CommissionDecisionRecordedEvent(ID, "m-1", "2", "Взяти до відома"),
            new AwardPetitionPlacedOnAgendaEvent(ID, "p-1", "Петренко Ганна", "honorary_gramota",
                    LocalDate.of(2021, 3, 1)),
            new AwardPetitionDecidedEvent(ID, "m-1", "p-1", AwardPetitionOutcome.APPROVED, MEETING_ON),
            new AwardPetitionConsideredEvent(ID, "m-1", "p-1", MEETING_ON));

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void meetingIsWrittenWithItsKindPurposeAgendaAndPetitions() throws Exception {
        String written = json.writeValueAsString(EVENTS.get(6));

        assertThat(written).isEqualTo("{\"commissionId\":\"lysychansk:awards\",\"meetingId\":\"m-1\","
                + "\"kind\":\"commission\",\"purpose\":\"awards\",\"heldOn\":\"2021-03-15\",\"agenda\":["
                + "{\"itemId\":\"1\",\"title\":\"Про план роботи\",\"decision\":\"Затвердити\"},"
                + "{\"itemId\":\"2\",\"title\":\"Різне\",\"decision\":null}],"
                + "\"awardPetitions\":[{\"itemId\":\"petition-p-1\",\"petitionId\":\"p-1\","
                + "\"nominee\":\"Петренко Ганна\",\"awardType\":\"honorary_gramota\"}]}");
    }

    @Test
    void decisionOnAPetitionIsWrittenWithItsOutcomeInLowerCase() throws Exception {
        String written = json.writeValueAsString(EVENTS.get(9));

        assertThat(written).isEqualTo("{\"commissionId\":\"lysychansk:awards\",\"meetingId\":\"m-1\","
                + "\"petitionId\":\"p-1\",\"outcome\":\"approved\",\"decidedOn\":\"2021-03-15\"}");
    }

    @Test
    void everyMessageSurvivesARoundTrip() throws Exception {
        for (Object message : Stream.concat(COMMANDS.stream(), EVENTS.stream()).toList()) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void aPetitionConsideredAtAMeetingNamesThePetitionForTheSaga() throws Exception {
        String written = json.writeValueAsString(new AwardPetitionConsideredEvent(ID, "m-1", "p-1", MEETING_ON));

        assertThat(written).isEqualTo("{\"commissionId\":\"lysychansk:awards\",\"meetingId\":\"m-1\","
                + "\"petitionId\":\"p-1\",\"heldOn\":\"2021-03-15\"}");
    }

    @Test
    void theAwardsServicesSubmissionNamesNoCommissionAndSurvivesARoundTrip() throws Exception {
        SubmitAwardPetitionToCommissionCommand command = new SubmitAwardPetitionToCommissionCommand("p-1",
                "Петренко Ганна", "honorary_gramota", LocalDate.of(2021, 3, 1));

        String written = json.writeValueAsString(command);

        assertThat(written).isEqualTo("{\"petitionId\":\"p-1\",\"nominee\":\"Петренко Ганна\","
                + "\"awardType\":\"honorary_gramota\",\"submittedOn\":\"2021-03-01\"}");
        assertThat(json.readValue(written, SubmitAwardPetitionToCommissionCommand.class)).isEqualTo(command);
    }

    @Test
    void pageOfViewsIsWrittenWithMeetingsPetitionsAndStatusAndSurvivesARoundTrip() throws Exception {
        CommissionPage page = new CommissionPage(List.of(new CommissionView("awards", AWARDS.name(),
                CommissionKind.COMMISSION, CommissionPurpose.AWARDS, AWARDS.basis(), ESTABLISHED_ON, null,
                List.of(new CommissionMemberView("Іваненко Іван", "голова комісії")),
                List.of(new CommissionMeetingView("m-1", MEETING_ON, List.of(ITEM), List.of(
                        new ConsideredAwardPetitionView("petition-p-1", "p-1", "Петренко Ганна", "honorary_gramota",
                                AwardPetitionOutcome.APPROVED, MEETING_ON)))),
                List.of(new PendingAwardPetitionView("p-2", "Сидоренко Марія", "gramota", MEETING_ON.plusDays(1))),
                CommissionStatus.ACTIVE, 0, 7)), 0, 20, 1);

        String written = json.writeValueAsString(page);

        assertThat(written).contains("\"status\":\"active\"").contains("\"outcome\":\"approved\"")
                .contains("\"pendingAwardPetitions\":[{\"petitionId\":\"p-2\"");
        assertThat(json.readValue(written, CommissionPage.class)).isEqualTo(page);
        assertThat(List.of(CommissionStatus.values())).extracting(CommissionStatus::value)
                .containsExactly("active", "abolished", "withdrawn");
    }

    @Test
    void aMeetingReadWithoutListsHasEmptyOnes() throws Exception {
        CommissionMeetingHeldEvent read = json.readValue("{\"commissionId\":\"lysychansk:awards\","
                + "\"meetingId\":\"m-1\",\"kind\":\"working_group\",\"purpose\":null,\"heldOn\":\"2021-03-15\"}",
                CommissionMeetingHeldEvent.class);

        assertThat(read.agenda()).isEmpty();
        assertThat(read.awardPetitions()).isEmpty();
        assertThat(read.kind()).isEqualTo(CommissionKind.WORKING_GROUP);
    }

    @Test
    void everyEventCarriesRevisionOne() {
        for (Object event : EVENTS) {
            assertThat(event.getClass().getAnnotation(Revision.class)).as(event.getClass().getSimpleName())
                    .isNotNull().extracting(Revision::value).isEqualTo("1");
        }
    }

    @Test
    void everyCommandAddressesItsCommission() throws Exception {
        for (Object command : COMMANDS) {
            assertThat(command.getClass().getDeclaredField("commissionId")
                    .isAnnotationPresent(TargetAggregateIdentifier.class)).as(command.getClass().getSimpleName())
                    .isTrue();
        }
    }

    @Test
    void enumsAreWrittenInLowerSnakeCase() {
        assertThat(List.of(CommissionKind.values())).extracting(CommissionKind::value)
                .containsExactly("commission", "working_group", "coordination_council");
        assertThat(CommissionKind.fromValue("coordination_council")).contains(CommissionKind.COORDINATION_COUNCIL);
        assertThat(CommissionKind.fromValue("WORKING_GROUP")).isEmpty();
        assertThat(List.of(CommissionPurpose.values())).extracting(CommissionPurpose::value)
                .containsExactly("awards", "renaming", "veterans", "budget", "other");
        assertThat(CommissionPurpose.fromValue("veterans")).contains(CommissionPurpose.VETERANS);
        assertThat(CommissionPurpose.fromValue("Awards")).isEmpty();
        assertThat(List.of(AwardPetitionOutcome.values())).extracting(AwardPetitionOutcome::value)
                .containsExactly("approved", "rejected");
        assertThat(AwardPetitionOutcome.fromValue("rejected")).contains(AwardPetitionOutcome.REJECTED);
        assertThat(AwardPetitionOutcome.fromValue("expired")).isEmpty();
    }

    @Test
    void idMustNotBeBlankAndIsItsValue() {
        assertThat(ID).hasToString("lysychansk:awards");
        assertThatThrownBy(() -> CommissionId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommissionId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
