package ua.hromada.registry.budget;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.budget.AdmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectCorrectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectVotingResultRecordedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.budget.BudgetProjectWithdrawnEvent;
import ua.hromada.registry.api.budget.CorrectBudgetProjectCommand;
import ua.hromada.registry.api.budget.DeclareBudgetProjectWinnerCommand;
import ua.hromada.registry.api.budget.RecordBudgetProjectVotingResultCommand;
import ua.hromada.registry.api.budget.RejectBudgetProjectCommand;
import ua.hromada.registry.api.budget.SubmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.WithdrawBudgetProjectCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.web.problem.RejectionKind;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK_ADMIN;
import static ua.hromada.registry.record.RegistryFixtures.NIZHYN;
import static ua.hromada.registry.record.RegistryFixtures.TODAY;
import static ua.hromada.registry.record.RegistryFixtures.fixtureFor;
import static ua.hromada.registry.record.RegistryFixtures.inLysychansk;
import static ua.hromada.registry.record.RegistryFixtures.lysychansk;
import static ua.hromada.registry.record.RegistryFixtures.rejectedAs;

class BudgetProjectTest {

    private static final BudgetProjectId ID = BudgetProjectId.of(lysychansk("pb-1"));
    private static final int YEAR = 2021;
    private static final LocalDate SUBMITTED = LocalDate.of(2020, 9, 15);
    private static final String TITLE = "Спортивний майданчик у сквері Молодіжному";
    private static final String AUTHOR = "Ігор Мельник";
    private static final String CATEGORY = "Великі проєкти";
    private static final BigDecimal AMOUNT = new BigDecimal("450000.00");
    private static final String CORRECTION_REASON = "Суму введено з помилкою";
    private static final String WITHDRAWAL_REASON = "Введено помилково";

    private FixtureConfiguration<BudgetProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(BudgetProject.class);
    }

    private static BudgetProjectDetails project(BudgetProjectStatus status, Integer votes) {
        return new BudgetProjectDetails(YEAR, SUBMITTED, TITLE, AUTHOR, CATEGORY, AMOUNT, status, votes);
    }

    private static BudgetProjectDetails submittedProject() {
        return project(BudgetProjectStatus.SUBMITTED, null);
    }

    private static BudgetProjectDetails project(Integer programYear, LocalDate submittedOn, String title,
                                                BigDecimal requestedAmount) {
        return new BudgetProjectDetails(programYear, submittedOn, title, AUTHOR, CATEGORY, requestedAmount,
                BudgetProjectStatus.SUBMITTED, null);
    }

    private static SubmitBudgetProjectCommand submit(BudgetProjectDetails details) {
        return new SubmitBudgetProjectCommand(ID, details.programYear(), details.submittedOn(), details.title(),
                details.author(), details.category(), details.requestedAmount(), details.status(), details.votes());
    }

    private static BudgetProjectSubmittedEvent submittedEvent(BudgetProjectDetails recorded) {
        return new BudgetProjectSubmittedEvent(ID, recorded.programYear(), recorded.submittedOn(), recorded.title(),
                recorded.author(), recorded.category(), recorded.requestedAmount(), recorded);
    }

    private static Object submitted(BudgetProjectDetails recorded) {
        return inLysychansk(submittedEvent(recorded));
    }

    private static Object wasAdmitted() {
        return inLysychansk(new BudgetProjectAdmittedEvent(ID, YEAR));
    }

    private static Object gotVotes(int votes) {
        return inLysychansk(new BudgetProjectVotingResultRecordedEvent(ID, YEAR, votes));
    }

    private static Object won() {
        return inLysychansk(new BudgetProjectWinnerDeclaredEvent(ID, YEAR));
    }

    private static Object wasWithdrawn(BudgetProjectDetails withdrawn) {
        return inLysychansk(new BudgetProjectWithdrawnEvent(ID, withdrawn, WITHDRAWAL_REASON));
    }

    // submission

    @Test
    void aSubmittedProjectAwaitsTheWorkingGroup() {
        fixture.givenNoPriorActivity()
                .when(submit(submittedProject()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectSubmittedEvent(ID, YEAR, SUBMITTED, TITLE, AUTHOR, CATEGORY, AMOUNT,
                        submittedProject()))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void withoutAStatusAProjectIsSubmitted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBudgetProjectCommand(ID, YEAR, SUBMITTED, TITLE, AUTHOR, CATEGORY, AMOUNT, null, null),
                        LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(submittedProject()));
    }

    @Test
    void theAmountIsKeptWithTwoDecimals() {
        fixture.givenNoPriorActivity()
                .when(submit(project(YEAR, SUBMITTED, TITLE, new BigDecimal("450000"))), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(submittedProject()));
    }

    @Test
    void aProjectWithoutAmountOrAuthorIsAccepted() {
        BudgetProjectDetails bare = new BudgetProjectDetails(YEAR, SUBMITTED, TITLE, null, null, null,
                BudgetProjectStatus.SUBMITTED, null);
        fixture.givenNoPriorActivity()
                .when(submit(bare), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectSubmittedEvent(ID, YEAR, SUBMITTED, TITLE, null, null, null, bare));
    }

    @Test
    void anImportedAdmittedProjectIsAdmittedWithItsVotes() {
        BudgetProjectDetails admitted = project(BudgetProjectStatus.ADMITTED, 312);
        fixture.givenNoPriorActivity()
                .when(submit(admitted), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(admitted),
                        new BudgetProjectAdmittedEvent(ID, YEAR),
                        new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 312));
    }

    @Test
    void anImportedAdmittedProjectWithoutVotesRecordsNoResult() {
        BudgetProjectDetails admitted = project(BudgetProjectStatus.ADMITTED, null);
        fixture.givenNoPriorActivity()
                .when(submit(admitted), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(admitted), new BudgetProjectAdmittedEvent(ID, YEAR));
    }

    @Test
    void anImportedWinnerGoesThroughEveryStepInOrder() {
        BudgetProjectDetails winner = project(BudgetProjectStatus.WINNER, 1450);
        fixture.givenNoPriorActivity()
                .when(submit(winner), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(winner),
                        new BudgetProjectAdmittedEvent(ID, YEAR),
                        new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 1450),
                        new BudgetProjectWinnerDeclaredEvent(ID, YEAR))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportedRejectedProjectIsRejectedWithoutAReason() {
        BudgetProjectDetails rejected = project(BudgetProjectStatus.REJECTED, null);
        fixture.givenNoPriorActivity()
                .when(submit(rejected), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(rejected), new BudgetProjectRejectedEvent(ID, YEAR, null));
    }

    @Test
    void theProgramYearIsRequired() {
        fixture.givenNoPriorActivity()
                .when(submit(project(null, SUBMITTED, TITLE, AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "programYear"));
    }

    @Test
    void aProgramYearBeforeParticipatoryBudgetsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(project(2014, SUBMITTED, TITLE, AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_program_year", "programYear"));
    }

    @Test
    void theFirstPlausibleProgramYearIsAccepted() {
        BudgetProjectDetails first = project(2015, SUBMITTED, TITLE, AMOUNT);
        fixture.givenNoPriorActivity()
                .when(submit(first), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(first));
    }

    @Test
    void nextYearsProgramIsAccepted() {
        BudgetProjectDetails nextYear = project(TODAY.getYear() + 1, TODAY, TITLE, AMOUNT);
        fixture.givenNoPriorActivity()
                .when(submit(nextYear), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(nextYear));
    }

    @Test
    void aProgramYearBeyondNextYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(project(TODAY.getYear() + 2, SUBMITTED, TITLE, AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_program_year", "programYear"))
                .expectExceptionMessage("programYear 2023 is not a year of a participatory budget (2015 to 2022)");
    }

    @Test
    void theSubmissionDateIsRequired() {
        fixture.givenNoPriorActivity()
                .when(submit(project(YEAR, null, TITLE, AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "submittedOn"));
    }

    @Test
    void theTitleIsRequired() {
        fixture.givenNoPriorActivity()
                .when(submit(project(YEAR, SUBMITTED, "", AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "title"));
    }

    @Test
    void aNegativeAmountIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(project(YEAR, SUBMITTED, TITLE, new BigDecimal("-1"))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "negative_number", "requestedAmount"));
    }

    @Test
    void negativeVotesAreRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(project(BudgetProjectStatus.WINNER, -3)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "negative_number", "votes"));
    }

    @Test
    void votesDoNotFitASubmittedProject() {
        fixture.givenNoPriorActivity()
                .when(submit(project(BudgetProjectStatus.SUBMITTED, 10)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "votes"));
    }

    @Test
    void votesDoNotFitARejectedProject() {
        fixture.givenNoPriorActivity()
                .when(submit(project(BudgetProjectStatus.REJECTED, 0)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "votes"));
    }

    @Test
    void aSubmissionAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(project(YEAR, TODAY.plusDays(1), TITLE, AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "submittedOn"));
    }

    @Test
    void aSubmissionOfTodayInKyivIsAccepted() {
        BudgetProjectDetails today = project(YEAR, TODAY, TITLE, AMOUNT);
        fixture.givenNoPriorActivity()
                .when(submit(today), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submittedEvent(today));
    }

    @Test
    void anIdenticalRepeatRecordsNothing() {
        fixture.given(submitted(submittedProject()))
                .when(submit(submittedProject()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void theSameAmountWrittenOtherwiseIsARepeat() {
        fixture.given(submitted(submittedProject()))
                .when(submit(project(YEAR, SUBMITTED, TITLE, new BigDecimal("450000.000"))), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatIsRecognisedAfterTheProjectWon() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(900), won())
                .when(submit(submittedProject()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatOfAnImportIsRecognised() {
        BudgetProjectDetails winner = project(BudgetProjectStatus.WINNER, 1450);
        fixture.given(submitted(winner), wasAdmitted(), gotVotes(1450), won())
                .when(submit(winner), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void theStateReachedIsNoRepeatOfTheSubmission() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(submit(project(BudgetProjectStatus.ADMITTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        fixture.given(submitted(submittedProject()))
                .when(submit(project(YEAR, SUBMITTED, "Інший проєкт", AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                .expectExceptionMessage("Budget project id pb-1 is already recorded with different details.");
    }

    @Test
    void anIdenticalRepeatAfterAWithdrawalRecordsNothing() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(submit(submittedProject()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnProjectIsRefused() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(submit(project(YEAR, SUBMITTED, "Інший проєкт", AMOUNT)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotReachTheProject() {
        fixture.given(submitted(submittedProject()))
                .when(submit(submittedProject()), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // admission and rejection

    @Test
    void aSubmittedProjectIsAdmitted() {
        fixture.given(submitted(submittedProject()))
                .when(new AdmitBudgetProjectCommand(ID), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectAdmittedEvent(ID, YEAR));
    }

    @Test
    void anAdmittedProjectIsNotAdmittedAgain() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new AdmitBudgetProjectCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Budget project pb-1 cannot go from admitted to admitted"
                        + " (only from submitted).");
    }

    @Test
    void aRejectedProjectIsNotAdmitted() {
        fixture.given(submitted(submittedProject()), inLysychansk(new BudgetProjectRejectedEvent(ID, YEAR, "Ліміт")))
                .when(new AdmitBudgetProjectCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"));
    }

    @Test
    void aSubmittedProjectIsRejectedWithAReason() {
        fixture.given(submitted(submittedProject()))
                .when(new RejectBudgetProjectCommand(ID, "Перевищує граничну суму"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectRejectedEvent(ID, YEAR, "Перевищує граничну суму"));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(submitted(submittedProject()))
                .when(new RejectBudgetProjectCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void anAdmittedProjectIsNotRejected() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new RejectBudgetProjectCommand(ID, "Перевищує граничну суму"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Budget project pb-1 cannot go from admitted to rejected"
                        + " (only from submitted).");
    }

    @Test
    void anotherTenantCannotAdmitTheProject() {
        fixture.given(submitted(submittedProject()))
                .when(new AdmitBudgetProjectCommand(ID), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // voting result

    @Test
    void anAdmittedProjectGetsItsVotes() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new RecordBudgetProjectVotingResultCommand(ID, 312), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 312));
    }

    @Test
    void noVotesIsAResultToo() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new RecordBudgetProjectVotingResultCommand(ID, 0), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 0));
    }

    @Test
    void aRecountReplacesTheResult() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(312))
                .when(new RecordBudgetProjectVotingResultCommand(ID, 298), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 298));
    }

    @Test
    void theSameResultRecordsNothing() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(312))
                .when(new RecordBudgetProjectVotingResultCommand(ID, 312), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void negativeVotesAreNoResult() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new RecordBudgetProjectVotingResultCommand(ID, -1), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "negative_number", "votes"));
    }

    @Test
    void aProjectNotAdmittedGetsNoVotes() {
        fixture.given(submitted(submittedProject()))
                .when(new RecordBudgetProjectVotingResultCommand(ID, 312), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_admitted", "status"));
    }

    @Test
    void aWinnersVotesAreNoLongerRecounted() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(900), won())
                .when(new RecordBudgetProjectVotingResultCommand(ID, 901), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_admitted", "status"));
    }

    // winner

    @Test
    void anAdmittedProjectIsDeclaredAWinner() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(900))
                .when(new DeclareBudgetProjectWinnerCommand(ID), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectWinnerDeclaredEvent(ID, YEAR));
    }

    @Test
    void aSubmittedProjectIsNotAWinner() {
        fixture.given(submitted(submittedProject()))
                .when(new DeclareBudgetProjectWinnerCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Budget project pb-1 cannot go from submitted to winner"
                        + " (only from admitted).");
    }

    @Test
    void aWinnerIsDeclaredOnce() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), won())
                .when(new DeclareBudgetProjectWinnerCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"));
    }

    // correction

    @Test
    void theCorrectionReplacesTheDetailsReachedSoFar() {
        BudgetProjectDetails corrected = new BudgetProjectDetails(YEAR, SUBMITTED, TITLE, AUTHOR, CATEGORY,
                new BigDecimal("45000.00"), BudgetProjectStatus.ADMITTED, 312);
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(312))
                .when(new CorrectBudgetProjectCommand(ID, corrected, CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectCorrectedEvent(ID, project(BudgetProjectStatus.ADMITTED, 312),
                        corrected, CORRECTION_REASON));
    }

    @Test
    void aWinnerDeclaredByMistakeIsCleared() {
        BudgetProjectDetails admitted = project(BudgetProjectStatus.ADMITTED, 900);
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(900), won())
                .when(new CorrectBudgetProjectCommand(ID, admitted, "Переможця ще не визначено"), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectCorrectedEvent(ID, project(BudgetProjectStatus.WINNER, 900), admitted,
                        "Переможця ще не визначено"));
    }

    @Test
    void afterTheCorrectionTheProjectFollowsTheCorrectedDetails() {
        BudgetProjectDetails admitted = project(BudgetProjectStatus.ADMITTED, 900);
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(900), won(),
                        inLysychansk(new BudgetProjectCorrectedEvent(ID, project(BudgetProjectStatus.WINNER, 900),
                                admitted, "Переможця ще не визначено")))
                .when(new RecordBudgetProjectVotingResultCommand(ID, 905), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectVotingResultRecordedEvent(ID, YEAR, 905));
    }

    @Test
    void aCorrectedProgramYearTravelsWithLaterEvents() {
        BudgetProjectDetails nextYear = new BudgetProjectDetails(2022, SUBMITTED, TITLE, AUTHOR, CATEGORY, AMOUNT,
                BudgetProjectStatus.SUBMITTED, null);
        fixture.given(submitted(submittedProject()),
                        inLysychansk(new BudgetProjectCorrectedEvent(ID, submittedProject(), nextYear, "Рік")))
                .when(new AdmitBudgetProjectCommand(ID), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectAdmittedEvent(ID, 2022));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(submitted(submittedProject()), wasAdmitted())
                .when(new CorrectBudgetProjectCommand(ID, project(BudgetProjectStatus.ADMITTED, null),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void theSameAmountWrittenOtherwiseCorrectsNothing() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(YEAR, SUBMITTED, TITLE, new BigDecimal("450000")),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(BudgetProjectStatus.ADMITTED, null), " "),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionNeedsTheCorrectedDetails() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, null, CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void aCorrectionNeedsAStatus() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(null, null), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "status"));
    }

    @Test
    void correctedDetailsFollowTheRulesOfASubmission() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(2031, SUBMITTED, TITLE, AMOUNT), CORRECTION_REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_program_year", "programYear"));
    }

    @Test
    void aCorrectedSubmissionAfterTodayIsRefused() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(YEAR, TODAY.plusDays(1), TITLE, AMOUNT),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "submittedOn"));
    }

    @Test
    void anotherTenantCannotCorrectTheProject() {
        fixture.given(submitted(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(BudgetProjectStatus.ADMITTED, null),
                        CORRECTION_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // withdrawal

    @Test
    void aProjectEnteredInErrorIsWithdrawnWithWhatTheCouncilHeld() {
        fixture.given(submitted(submittedProject()), wasAdmitted(), gotVotes(40))
                .when(new WithdrawBudgetProjectCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BudgetProjectWithdrawnEvent(ID, project(BudgetProjectStatus.ADMITTED, 40),
                        WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(new WithdrawBudgetProjectCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(submitted(submittedProject()))
                .when(new WithdrawBudgetProjectCommand(ID, null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aWithdrawnProjectIsNotAdmitted() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(new AdmitBudgetProjectCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null))
                .expectExceptionMessage("Budget project pb-1 was withdrawn as entered in error and can no longer"
                        + " change.");
    }

    @Test
    void aWithdrawnProjectIsNotRejected() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(new RejectBudgetProjectCommand(ID, "Ліміт"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnProjectGetsNoVotes() {
        fixture.given(submitted(submittedProject()), wasAdmitted(),
                        wasWithdrawn(project(BudgetProjectStatus.ADMITTED, null)))
                .when(new RecordBudgetProjectVotingResultCommand(ID, 5), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnProjectIsNoWinner() {
        fixture.given(submitted(submittedProject()), wasAdmitted(),
                        wasWithdrawn(project(BudgetProjectStatus.ADMITTED, null)))
                .when(new DeclareBudgetProjectWinnerCommand(ID), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnProjectIsNotCorrected() {
        fixture.given(submitted(submittedProject()), wasWithdrawn(submittedProject()))
                .when(new CorrectBudgetProjectCommand(ID, project(BudgetProjectStatus.ADMITTED, null),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotWithdrawTheProject() {
        fixture.given(submitted(submittedProject()))
                .when(new WithdrawBudgetProjectCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }
}
