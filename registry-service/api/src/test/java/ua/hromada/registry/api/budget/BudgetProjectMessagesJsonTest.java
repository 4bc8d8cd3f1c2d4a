package ua.hromada.registry.api.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.record.RecordFilter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetProjectMessagesJsonTest {

    private static final BudgetProjectId ID = BudgetProjectId.of("lysychansk:pb-1");
    private static final LocalDate SUBMITTED = LocalDate.of(2020, 9, 15);
    private static final BudgetProjectDetails SUBMITTED_PROJECT = new BudgetProjectDetails(2021, SUBMITTED,
            "Спортивний майданчик", "Ігор Мельник", "Великі проєкти", new BigDecimal("450000.00"),
            BudgetProjectStatus.SUBMITTED, null);
    private static final BudgetProjectDetails WINNER = new BudgetProjectDetails(2021, SUBMITTED,
            "Спортивний майданчик", "Ігор Мельник", "Великі проєкти", new BigDecimal("450000.00"),
            BudgetProjectStatus.WINNER, 1450);

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void eventIsWrittenWithPlainIdsStatusesAmountsAndIsoDates() throws Exception {
        BudgetProjectSubmittedEvent event = new BudgetProjectSubmittedEvent(ID, 2021, SUBMITTED,
                "Спортивний майданчик", "Ігор Мельник", "Великі проєкти", new BigDecimal("450000.00"), WINNER);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"budgetProjectId\":\"lysychansk:pb-1\",\"programYear\":2021,"
                + "\"submittedOn\":\"2020-09-15\",\"title\":\"Спортивний майданчик\",\"author\":\"Ігор Мельник\","
                + "\"category\":\"Великі проєкти\",\"requestedAmount\":450000.00,\"recorded\":{"
                + "\"programYear\":2021,\"submittedOn\":\"2020-09-15\",\"title\":\"Спортивний майданчик\","
                + "\"author\":\"Ігор Мельник\",\"category\":\"Великі проєкти\",\"requestedAmount\":450000.00,"
                + "\"status\":\"winner\",\"votes\":1450}}");
        assertThat(json.readValue(written, BudgetProjectSubmittedEvent.class)).isEqualTo(event);
    }

    @Test
    void everyMessageSurvivesARoundTrip() throws Exception {
        List<Object> messages = List.of(
                new SubmitBudgetProjectCommand(ID, 2021, SUBMITTED, "Спортивний майданчик", "Ігор Мельник",
                        "Великі проєкти", new BigDecimal("450000.50"), BudgetProjectStatus.WINNER, 1450),
                new SubmitBudgetProjectCommand(ID, 2021, SUBMITTED, "Спортивний майданчик", null, null, null, null,
                        null),
                new AdmitBudgetProjectCommand(ID),
                new RejectBudgetProjectCommand(ID, "Перевищує граничну суму"),
                new RecordBudgetProjectVotingResultCommand(ID, 312),
                new DeclareBudgetProjectWinnerCommand(ID),
                new CorrectBudgetProjectCommand(ID, WINNER, "Сума"),
                new WithdrawBudgetProjectCommand(ID, "Введено помилково"),
                new BudgetProjectSubmittedEvent(ID, 2021, SUBMITTED, "Спортивний майданчик", null, null, null,
                        SUBMITTED_PROJECT),
                new BudgetProjectAdmittedEvent(ID, 2021),
                new BudgetProjectRejectedEvent(ID, 2021, "Перевищує граничну суму"),
                new BudgetProjectRejectedEvent(ID, 2021, null),
                new BudgetProjectVotingResultRecordedEvent(ID, 2021, 312),
                new BudgetProjectWinnerDeclaredEvent(ID, 2021),
                new BudgetProjectCorrectedEvent(ID, SUBMITTED_PROJECT, WINNER, "Переможець"),
                new BudgetProjectWithdrawnEvent(ID, WINNER, "Введено помилково"));

        for (Object message : messages) {
            assertThat(json.readValue(json.writeValueAsString(message), message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void anAmountIsKeptInOneFormHoweverItIsWritten() throws Exception {
        for (String written : List.of("450000", "450000.0", "450000.000", "4.5E+5")) {
            BudgetProjectDetails read = json.readValue("{\"programYear\":2021,\"submittedOn\":\"2020-09-15\","
                    + "\"title\":\"Спортивний майданчик\",\"author\":\"Ігор Мельник\",\"category\":\"Великі проєкти\","
                    + "\"requestedAmount\":" + written + ",\"status\":\"submitted\"}", BudgetProjectDetails.class);

            assertThat(read).as(written).isEqualTo(SUBMITTED_PROJECT);
        }
        assertThat(new BudgetProjectDetails(2021, SUBMITTED, "Т", null, null, new BigDecimal("0.125"),
                BudgetProjectStatus.SUBMITTED, null).requestedAmount()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void aSubmissionWithoutStatusIsSubmitted() throws Exception {
        SubmitBudgetProjectCommand command = json.readValue("{\"budgetProjectId\":\"lysychansk:pb-1\","
                + "\"programYear\":2021,\"submittedOn\":\"2020-09-15\",\"title\":\"Спортивний майданчик\","
                + "\"author\":\"Ігор Мельник\",\"category\":\"Великі проєкти\",\"requestedAmount\":450000}",
                SubmitBudgetProjectCommand.class);

        assertThat(command.details()).isEqualTo(SUBMITTED_PROJECT);
    }

    @Test
    void eventsCarryARevision() {
        for (Class<?> event : List.of(BudgetProjectSubmittedEvent.class, BudgetProjectAdmittedEvent.class,
                BudgetProjectRejectedEvent.class, BudgetProjectVotingResultRecordedEvent.class,
                BudgetProjectWinnerDeclaredEvent.class, BudgetProjectCorrectedEvent.class,
                BudgetProjectWithdrawnEvent.class)) {
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                    .extracting(Revision::value).isEqualTo("1");
        }
    }

    @Test
    void statusesAreWrittenInLowerSnakeCase() {
        assertThat(List.of(BudgetProjectStatus.values())).extracting(BudgetProjectStatus::value)
                .containsExactly("submitted", "admitted", "rejected", "winner");
        assertThat(BudgetProjectStatus.fromValue("winner")).contains(BudgetProjectStatus.WINNER);
        assertThat(BudgetProjectStatus.fromValue("WINNER")).isEmpty();
    }

    @Test
    void idIsWrittenAsItsValue() throws Exception {
        assertThat(json.writeValueAsString(ID)).isEqualTo("\"lysychansk:pb-1\"");
        assertThat(json.readValue("\"lysychansk:pb-1\"", BudgetProjectId.class)).isEqualTo(ID);
        assertThat(ID).hasToString("lysychansk:pb-1");
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> BudgetProjectId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetProjectId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageOfViewsAndQueriesSurviveARoundTrip() throws Exception {
        BudgetProjectPage page = new BudgetProjectPage(List.of(new BudgetProjectView("pb-1", 2021, SUBMITTED,
                "Сквер", "Олена Пчілка", "Великі проєкти", new BigDecimal("150000.50"),
                BudgetProjectRecordStatus.REJECTED, null, "перевищує ліміт", 1, 2)), 0, 20, 1);

        assertThat(json.readValue(json.writeValueAsString(page), BudgetProjectPage.class)).isEqualTo(page);
        for (Object query : List.of(new FindBudgetProjectQuery(ID), new FindBudgetProjectsQuery(
                new RecordFilter("2021", "winner", SUBMITTED, SUBMITTED, "сквер", 0, 20)))) {
            assertThat(json.readValue(json.writeValueAsString(query), query.getClass())).isEqualTo(query);
        }
    }

    @Test
    void recordStatusesAreTheLifecycleStatusesAndWithdrawn() {
        assertThat(List.of(BudgetProjectRecordStatus.values())).extracting(BudgetProjectRecordStatus::value)
                .containsExactly("submitted", "admitted", "rejected", "winner", "withdrawn");
        assertThat(BudgetProjectRecordStatus.fromValue("withdrawn")).contains(BudgetProjectRecordStatus.WITHDRAWN);
        assertThat(BudgetProjectRecordStatus.fromValue(null)).isEmpty();
        for (BudgetProjectStatus status : BudgetProjectStatus.values()) {
            assertThat(BudgetProjectRecordStatus.of(status).value()).isEqualTo(status.value());
        }
    }
}
