package ua.hromada.registry.petition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.petition.AnswerPetitionCommand;
import ua.hromada.registry.api.petition.CorrectPetitionCommand;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionCorrectedEvent;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionSignaturesRecordedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.petition.PetitionWithdrawnEvent;
import ua.hromada.registry.api.petition.PublishPetitionCommand;
import ua.hromada.registry.api.petition.RecordPetitionSignaturesCommand;
import ua.hromada.registry.api.petition.RejectPetitionCommand;
import ua.hromada.registry.api.petition.SubmitPetitionCommand;
import ua.hromada.registry.api.petition.WithdrawPetitionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.web.problem.RejectionKind;

import java.time.LocalDate;

import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK_ADMIN;
import static ua.hromada.registry.record.RegistryFixtures.NIZHYN;
import static ua.hromada.registry.record.RegistryFixtures.TODAY;
import static ua.hromada.registry.record.RegistryFixtures.fixtureFor;
import static ua.hromada.registry.record.RegistryFixtures.inLysychansk;
import static ua.hromada.registry.record.RegistryFixtures.lysychansk;
import static ua.hromada.registry.record.RegistryFixtures.rejectedAs;

class PetitionTest {

    private static final PetitionId ID = PetitionId.of(lysychansk("petition-1"));
    private static final String TITLE = "Облаштувати пішохідний перехід біля школи № 2";
    private static final String AUTHOR = "Олена Коваль";
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 4, 2);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 4, 6);
    private static final LocalDate REJECTED = LocalDate.of(2021, 4, 7);
    private static final LocalDate ANSWERED = LocalDate.of(2021, 7, 1);
    private static final String CORRECTION_REASON = "Кількість підписів введено з помилкою";
    private static final String WITHDRAWAL_REASON = "Введено помилково";

    private FixtureConfiguration<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(Petition.class);
    }

    private static PetitionDetails inModeration() {
        return new PetitionDetails(TITLE, SUBMITTED, AUTHOR, 0, PetitionStatus.MODERATION, null, null, null);
    }

    private static PetitionDetails published(int signatures) {
        return new PetitionDetails(TITLE, SUBMITTED, AUTHOR, signatures, PetitionStatus.PUBLISHED, PUBLISHED, null,
                null);
    }

    private static PetitionDetails answered(int signatures) {
        return new PetitionDetails(TITLE, SUBMITTED, AUTHOR, signatures, PetitionStatus.ANSWERED, PUBLISHED, null,
                ANSWERED);
    }

    private static PetitionDetails rejected() {
        return new PetitionDetails(TITLE, SUBMITTED, AUTHOR, 0, PetitionStatus.REJECTED, null, REJECTED, null);
    }

    private static PetitionDetails details(String title, LocalDate submittedOn, int signatures, PetitionStatus status,
                                           LocalDate publishedOn, LocalDate rejectedOn, LocalDate answeredOn) {
        return new PetitionDetails(title, submittedOn, AUTHOR, signatures, status, publishedOn, rejectedOn,
                answeredOn);
    }

    private static SubmitPetitionCommand submit(PetitionDetails details) {
        return new SubmitPetitionCommand(ID, details.title(), details.submittedOn(), details.author(),
                details.signatures(), details.status(), details.publishedOn(), details.rejectedOn(),
                details.answeredOn());
    }

    private static Object submitted(PetitionDetails recorded) {
        return inLysychansk(new PetitionSubmittedEvent(ID, recorded.title(), recorded.submittedOn(),
                recorded.author(), recorded));
    }

    private static Object wasPublished() {
        return inLysychansk(new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED));
    }

    private static Object gotSignatures(int signatures) {
        return inLysychansk(new PetitionSignaturesRecordedEvent(ID, signatures));
    }

    private static Object wasAnswered() {
        return inLysychansk(new PetitionAnsweredEvent(ID, SUBMITTED, ANSWERED));
    }

    private static Object wasWithdrawn(PetitionDetails withdrawn) {
        return inLysychansk(new PetitionWithdrawnEvent(ID, withdrawn, WITHDRAWAL_REASON));
    }

    // submission

    @Test
    void aSubmittedPetitionAwaitsModeration() {
        fixture.givenNoPriorActivity()
                .when(submit(inModeration()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, inModeration()))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void withoutAStatusAPetitionIsInModeration() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPetitionCommand(ID, TITLE, SUBMITTED, AUTHOR, 0, null, null, null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, inModeration()));
    }

    @Test
    void anImportedPublishedPetitionIsPublishedWithItsSignatures() {
        fixture.givenNoPriorActivity()
                .when(submit(published(250)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, published(250)),
                        new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED),
                        new PetitionSignaturesRecordedEvent(ID, 250));
    }

    @Test
    void anImportedPetitionWithoutSignaturesRecordsNoCount() {
        fixture.givenNoPriorActivity()
                .when(submit(published(0)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, published(0)),
                        new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED));
    }

    @Test
    void anImportedAnsweredPetitionGoesThroughEveryStepInOrder() {
        fixture.givenNoPriorActivity()
                .when(submit(answered(1020)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, answered(1020)),
                        new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED),
                        new PetitionSignaturesRecordedEvent(ID, 1020),
                        new PetitionAnsweredEvent(ID, SUBMITTED, ANSWERED))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportedRejectedPetitionIsRejectedWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(submit(rejected()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, SUBMITTED, AUTHOR, rejected()),
                        new PetitionRejectedEvent(ID, SUBMITTED, REJECTED, null));
    }

    @Test
    void datesOfTodayInKyivAreAccepted() {
        PetitionDetails today = details(TITLE, TODAY, 3, PetitionStatus.ANSWERED, TODAY, null, TODAY);
        fixture.givenNoPriorActivity()
                .when(submit(today), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSubmittedEvent(ID, TITLE, TODAY, AUTHOR, today),
                        new PetitionPublishedEvent(ID, TODAY, TODAY),
                        new PetitionSignaturesRecordedEvent(ID, 3),
                        new PetitionAnsweredEvent(ID, TODAY, TODAY));
    }

    @Test
    void theTitleIsRequired() {
        fixture.givenNoPriorActivity()
                .when(submit(details(" ", SUBMITTED, 0, PetitionStatus.MODERATION, null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "title"));
    }

    @Test
    void theSubmissionDateIsRequired() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, null, 0, PetitionStatus.MODERATION, null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "submittedOn"));
    }

    @Test
    void signaturesCannotBeNegative() {
        fixture.givenNoPriorActivity()
                .when(submit(published(-1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "negative_number", "signatures"));
    }

    @Test
    void aPublishedPetitionNeedsItsPublicationDate() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.PUBLISHED, null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "publishedOn"));
    }

    @Test
    void anAnsweredPetitionNeedsItsAnswerDate() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, PUBLISHED, null, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "answeredOn"));
    }

    @Test
    void anAnsweredPetitionNeedsItsPublicationDate() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, null, null, ANSWERED)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "publishedOn"));
    }

    @Test
    void aRejectedPetitionNeedsItsRejectionDate() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.REJECTED, null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "rejectedOn"));
    }

    @Test
    void anAnswerDoesNotFitAPetitionInModeration() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, null, null, null, ANSWERED)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "answeredOn"));
    }

    @Test
    void signaturesDoNotFitAPetitionInModeration() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 12, PetitionStatus.MODERATION, null, null, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "signatures"));
    }

    @Test
    void aPublicationDoesNotFitARejectedPetition() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.REJECTED, PUBLISHED, REJECTED, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "publishedOn"));
    }

    @Test
    void aRejectionDoesNotFitAnAnsweredPetition() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, PUBLISHED, REJECTED, ANSWERED)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "rejectedOn"));
    }

    @Test
    void aPublicationBeforeTheSubmissionIsOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.PUBLISHED, SUBMITTED.minusDays(1), null,
                        null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"));
    }

    @Test
    void aRejectionBeforeTheSubmissionIsOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.REJECTED, null, SUBMITTED.minusDays(1),
                        null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "rejectedOn"));
    }

    @Test
    void anAnswerBeforeThePublicationIsOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, PUBLISHED, null,
                        PUBLISHED.minusDays(1))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void aSubmissionAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, TODAY.plusDays(1), 0, PetitionStatus.MODERATION, null, null, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "submittedOn"));
    }

    @Test
    void anAnswerAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, PUBLISHED, null,
                        TODAY.plusDays(1))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "answeredOn"));
    }

    @Test
    void anIdenticalRepeatRecordsNothing() {
        fixture.given(submitted(inModeration()))
                .when(submit(inModeration()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatWithoutStatusMatchesARecordingInModeration() {
        fixture.given(submitted(inModeration()))
                .when(new SubmitPetitionCommand(ID, TITLE, SUBMITTED, AUTHOR, 0, null, null, null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatIsRecognisedAfterThePetitionMovedOn() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(40), wasAnswered())
                .when(submit(inModeration()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatOfAnImportIsRecognised() {
        fixture.given(submitted(answered(1020)), wasPublished(), gotSignatures(1020), wasAnswered())
                .when(submit(answered(1020)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void theStateReachedIsNoRepeatOfTheSubmission() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(submit(published(0)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        fixture.given(submitted(inModeration()))
                .when(submit(details("Інша петиція", SUBMITTED, 0, PetitionStatus.MODERATION, null, null, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                .expectExceptionMessage("Petition id petition-1 is already recorded with different details.");
    }

    @Test
    void anIdenticalRepeatAfterAWithdrawalRecordsNothing() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(submit(inModeration()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnPetitionIsRefused() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(submit(details("Інша петиція", SUBMITTED, 0, PetitionStatus.MODERATION, null, null, null)),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotReachThePetition() {
        fixture.given(submitted(inModeration()))
                .when(submit(inModeration()), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // publication

    @Test
    void aPetitionInModerationIsPublished() {
        fixture.given(submitted(inModeration()))
                .when(new PublishPetitionCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionPublishedEvent(ID, SUBMITTED, PUBLISHED));
    }

    @Test
    void aPublishedPetitionIsNotPublishedAgain() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new PublishPetitionCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Petition petition-1 cannot go from published to published"
                        + " (only from moderation).");
    }

    @Test
    void aRejectedPetitionIsNotPublished() {
        fixture.given(submitted(rejected()), inLysychansk(new PetitionRejectedEvent(ID, SUBMITTED, REJECTED, null)))
                .when(new PublishPetitionCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Petition petition-1 cannot go from rejected to published"
                        + " (only from moderation).");
    }

    @Test
    void thePublicationDateIsRequired() {
        fixture.given(submitted(inModeration()))
                .when(new PublishPetitionCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "publishedOn"));
    }

    @Test
    void aPetitionIsNotPublishedBeforeItWasSubmitted() {
        fixture.given(submitted(inModeration()))
                .when(new PublishPetitionCommand(ID, SUBMITTED.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"));
    }

    @Test
    void aPublicationAfterTodayIsRefused() {
        fixture.given(submitted(inModeration()))
                .when(new PublishPetitionCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "publishedOn"));
    }

    @Test
    void anotherTenantCannotPublishThePetition() {
        fixture.given(submitted(inModeration()))
                .when(new PublishPetitionCommand(ID, PUBLISHED), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // rejection

    @Test
    void aPetitionInModerationIsRejectedWithAReason() {
        fixture.given(submitted(inModeration()))
                .when(new RejectPetitionCommand(ID, REJECTED, "Не належить до повноважень ради"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionRejectedEvent(ID, SUBMITTED, REJECTED, "Не належить до повноважень ради"));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(submitted(inModeration()))
                .when(new RejectPetitionCommand(ID, REJECTED, " "), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void theRejectionDateIsRequired() {
        fixture.given(submitted(inModeration()))
                .when(new RejectPetitionCommand(ID, null, "Дублікат"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "rejectedOn"));
    }

    @Test
    void aPublishedPetitionIsNotRejected() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new RejectPetitionCommand(ID, REJECTED, "Дублікат"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Petition petition-1 cannot go from published to rejected"
                        + " (only from moderation).");
    }

    @Test
    void aPetitionIsNotRejectedBeforeItWasSubmitted() {
        fixture.given(submitted(inModeration()))
                .when(new RejectPetitionCommand(ID, SUBMITTED.minusDays(1), "Дублікат"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "rejectedOn"));
    }

    @Test
    void aRejectionAfterTodayIsRefused() {
        fixture.given(submitted(inModeration()))
                .when(new RejectPetitionCommand(ID, TODAY.plusDays(1), "Дублікат"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "rejectedOn"));
    }

    // signatures

    @Test
    void aPublishedPetitionCollectsSignatures() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new RecordPetitionSignaturesCommand(ID, 120), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSignaturesRecordedEvent(ID, 120));
    }

    @Test
    void aHigherCountIsRecorded() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120))
                .when(new RecordPetitionSignaturesCommand(ID, 121), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSignaturesRecordedEvent(ID, 121));
    }

    @Test
    void theSameCountRecordsNothing() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120))
                .when(new RecordPetitionSignaturesCommand(ID, 120), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLowerCountIsRefused() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120))
                .when(new RecordPetitionSignaturesCommand(ID, 119), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "signatures_decreased", "signatures"));
    }

    @Test
    void aNegativeCountIsRefused() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new RecordPetitionSignaturesCommand(ID, -5), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "negative_number", "signatures"));
    }

    @Test
    void aPetitionInModerationCollectsNoSignatures() {
        fixture.given(submitted(inModeration()))
                .when(new RecordPetitionSignaturesCommand(ID, 10), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_published", "status"));
    }

    @Test
    void anAnsweredPetitionCollectsNoMoreSignatures() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120), wasAnswered())
                .when(new RecordPetitionSignaturesCommand(ID, 130), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_published", "status"));
    }

    // answer

    @Test
    void aPublishedPetitionIsAnswered() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120))
                .when(new AnswerPetitionCommand(ID, ANSWERED), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionAnsweredEvent(ID, SUBMITTED, ANSWERED));
    }

    @Test
    void aPetitionInModerationIsNotAnswered() {
        fixture.given(submitted(inModeration()))
                .when(new AnswerPetitionCommand(ID, ANSWERED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"))
                .expectExceptionMessage("Petition petition-1 cannot go from moderation to answered"
                        + " (only from published).");
    }

    @Test
    void anAnsweredPetitionIsNotAnsweredAgain() {
        fixture.given(submitted(inModeration()), wasPublished(), wasAnswered())
                .when(new AnswerPetitionCommand(ID, ANSWERED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "invalid_transition", "status"));
    }

    @Test
    void theAnswerDateIsRequired() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new AnswerPetitionCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "answeredOn"));
    }

    @Test
    void anAnswerBeforeThePublicationIsRefused() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new AnswerPetitionCommand(ID, PUBLISHED.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"))
                .expectExceptionMessage("answeredOn 2021-04-05 is before publishedOn 2021-04-06");
    }

    @Test
    void anAnswerDatedAfterTodayIsRefused() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new AnswerPetitionCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "answeredOn"));
    }

    // correction

    @Test
    void aCorrectionMayLowerTheSignatures() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(1200))
                .when(new CorrectPetitionCommand(ID, published(120), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionCorrectedEvent(ID, published(1200), published(120), CORRECTION_REASON));
    }

    @Test
    void anAnswerEnteredByMistakeIsCleared() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120), wasAnswered())
                .when(new CorrectPetitionCommand(ID, published(120), "Відповіді ще не було"), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionCorrectedEvent(ID, answered(120), published(120), "Відповіді ще не було"));
    }

    @Test
    void afterTheCorrectionThePetitionFollowsTheCorrectedDetails() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(120), wasAnswered(),
                        inLysychansk(new PetitionCorrectedEvent(ID, answered(120), published(120),
                                "Відповіді ще не було")))
                .when(new AnswerPetitionCommand(ID, ANSWERED.plusDays(1)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionAnsweredEvent(ID, SUBMITTED, ANSWERED.plusDays(1)));
    }

    @Test
    void correctedSignaturesAreTheBaseForTheNextCount() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(1200),
                        inLysychansk(new PetitionCorrectedEvent(ID, published(1200), published(120),
                                CORRECTION_REASON)))
                .when(new RecordPetitionSignaturesCommand(ID, 130), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionSignaturesRecordedEvent(ID, 130));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(submitted(inModeration()), wasPublished())
                .when(new CorrectPetitionCommand(ID, published(0), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, published(0), null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionNeedsTheCorrectedDetails() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, null, CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void aCorrectionNeedsAStatus() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, details(TITLE, SUBMITTED, 0, null, null, null, null),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "status"));
    }

    @Test
    void correctedDetailsFollowTheRulesOfASubmission() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, details(TITLE, SUBMITTED, 0, PetitionStatus.MODERATION, null,
                        null, ANSWERED), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "status_mismatch", "answeredOn"));
    }

    @Test
    void correctedDatesOutOfOrderAreRefused() {
        fixture.given(submitted(inModeration()), wasPublished(), wasAnswered())
                .when(new CorrectPetitionCommand(ID, details(TITLE, SUBMITTED, 0, PetitionStatus.ANSWERED, ANSWERED,
                        null, PUBLISHED), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void aCorrectedDateAfterTodayIsRefused() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, details(TITLE, TODAY.plusDays(1), 0, PetitionStatus.MODERATION,
                        null, null, null), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "submittedOn"));
    }

    @Test
    void anotherTenantCannotCorrectThePetition() {
        fixture.given(submitted(inModeration()))
                .when(new CorrectPetitionCommand(ID, published(0), CORRECTION_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // withdrawal

    @Test
    void aPetitionEnteredInErrorIsWithdrawnWithWhatTheCouncilHeld() {
        fixture.given(submitted(inModeration()), wasPublished(), gotSignatures(40))
                .when(new WithdrawPetitionCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionWithdrawnEvent(ID, published(40), WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(new WithdrawPetitionCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(submitted(inModeration()))
                .when(new WithdrawPetitionCommand(ID, ""), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aWithdrawnPetitionIsNotPublished() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(new PublishPetitionCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null))
                .expectExceptionMessage("Petition petition-1 was withdrawn as entered in error and can no longer"
                        + " change.");
    }

    @Test
    void aWithdrawnPetitionIsNotRejected() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(new RejectPetitionCommand(ID, REJECTED, "Дублікат"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnPetitionCollectsNoSignatures() {
        fixture.given(submitted(inModeration()), wasPublished(), wasWithdrawn(published(0)))
                .when(new RecordPetitionSignaturesCommand(ID, 10), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnPetitionIsNotAnswered() {
        fixture.given(submitted(inModeration()), wasPublished(), wasWithdrawn(published(0)))
                .when(new AnswerPetitionCommand(ID, ANSWERED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnPetitionIsNotCorrected() {
        fixture.given(submitted(inModeration()), wasWithdrawn(inModeration()))
                .when(new CorrectPetitionCommand(ID, published(0), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotWithdrawThePetition() {
        fixture.given(submitted(inModeration()))
                .when(new WithdrawPetitionCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }
}
