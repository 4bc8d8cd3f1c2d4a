package ua.hromada.registry.act;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActPublishedEvent;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.act.AdoptActCommand;
import ua.hromada.registry.api.act.CorrectActCommand;
import ua.hromada.registry.api.act.PublishActCommand;
import ua.hromada.registry.api.act.RecordActCommand;
import ua.hromada.registry.api.act.WithdrawActCommand;
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

class ActTest {

    private static final ActId ID = ActId.of(lysychansk("act-1"));
    private static final String TITLE = "Про затвердження Програми розвитку громадянського суспільства";
    private static final LocalDate DRAFTED = LocalDate.of(2021, 3, 1);
    private static final LocalDate ADOPTED = LocalDate.of(2021, 3, 25);
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 30);
    private static final String CORRECTION_REASON = "Номер введено з помилкою";
    private static final String WITHDRAWAL_REASON = "Введено помилково";

    private FixtureConfiguration<Act> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(Act.class);
    }

    /** A council decision the department drafted, still awaiting adoption. */
    private static ActDetails draft() {
        return new ActDetails(ActKind.COUNCIL_DECISION, null, TITLE, DRAFTED, null, null, true);
    }

    /** A draft decision put up for discussion. */
    private static ActDetails draftDecision() {
        return new ActDetails(ActKind.DRAFT_DECISION, "P-12", TITLE, DRAFTED, null, null, true);
    }

    /** A directive of the head recorded as adopted, without a draft. */
    private static ActDetails directive() {
        return new ActDetails(ActKind.HEAD_DIRECTIVE, "154", "Про нагородження", null, ADOPTED, null, false);
    }

    private static RecordActCommand record(ActDetails details) {
        return new RecordActCommand(ID, details.kind(), details.number(), details.title(), details.draftedOn(),
                details.adoptedOn(), details.publishedOn(), details.preparedByDepartment());
    }

    private static ActDetails with(ActDetails details, String number, LocalDate draftedOn, LocalDate adoptedOn,
                                   LocalDate publishedOn) {
        return new ActDetails(details.kind(), number, details.title(), draftedOn, adoptedOn, publishedOn,
                details.preparedByDepartment());
    }

    private static ActDetails ofKind(ActDetails details, ActKind kind) {
        return new ActDetails(kind, details.number(), details.title(), details.draftedOn(), details.adoptedOn(),
                details.publishedOn(), details.preparedByDepartment());
    }

    private static Object drafted(ActDetails recorded) {
        return inLysychansk(new ActDraftedEvent(ID, recorded.kind(), recorded.number(), recorded.title(),
                recorded.draftedOn(), recorded.preparedByDepartment(), recorded));
    }

    private static Object recordedAdopted(ActDetails recorded) {
        return inLysychansk(new ActAdoptedEvent(ID, recorded.kind(), recorded.number(), recorded.title(),
                recorded.adoptedOn(), recorded.preparedByDepartment(), recorded));
    }

    private static ActAdoptedEvent adoptedLater(ActDetails draft, String number, LocalDate adoptedOn) {
        return new ActAdoptedEvent(ID, draft.kind(), number, draft.title(), adoptedOn, draft.preparedByDepartment(),
                null);
    }

    // recording

    @Test
    void aDraftAwaitingAdoptionIsDrafted() {
        fixture.givenNoPriorActivity()
                .when(record(draft()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActDraftedEvent(ID, ActKind.COUNCIL_DECISION, null, TITLE, DRAFTED, true,
                        draft()))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anActWithoutDraftIsAdoptedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(record(directive()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActAdoptedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", "Про нагородження", ADOPTED,
                        false, directive()))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportedActGoesThroughEveryStepItsDatesImplyInOrder() {
        ActDetails imported = with(draft(), "77", DRAFTED, ADOPTED, PUBLISHED);
        fixture.givenNoPriorActivity()
                .when(record(imported), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ActDraftedEvent(ID, ActKind.COUNCIL_DECISION, "77", TITLE, DRAFTED, true, imported),
                        new ActAdoptedEvent(ID, ActKind.COUNCIL_DECISION, "77", TITLE, ADOPTED, true, null),
                        new ActPublishedEvent(ID, ActKind.COUNCIL_DECISION, "77", PUBLISHED, true))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void aDraftDecisionMayBeRecordedAsPublishedForDiscussion() {
        ActDetails published = with(draftDecision(), "P-12", DRAFTED, null, PUBLISHED);
        fixture.givenNoPriorActivity()
                .when(record(published), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ActDraftedEvent(ID, ActKind.DRAFT_DECISION, "P-12", TITLE, DRAFTED, true, published),
                        new ActPublishedEvent(ID, ActKind.DRAFT_DECISION, "P-12", PUBLISHED, true));
    }

    @Test
    void datesOfTodayInKyivAreAccepted() {
        ActDetails today = with(directive(), "154", null, TODAY, TODAY);
        fixture.givenNoPriorActivity()
                .when(record(today), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ActAdoptedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", "Про нагородження", TODAY, false,
                                today),
                        new ActPublishedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", TODAY, false));
    }

    @Test
    void kindIsRequired() {
        fixture.givenNoPriorActivity()
                .when(record(ofKind(directive(), null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void aDraftDecisionNeedsItsDraftingDate() {
        fixture.givenNoPriorActivity()
                .when(record(with(draftDecision(), "P-12", null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "draftedOn"));
    }

    @Test
    void aDraftDecisionCannotBeRecordedAsAdopted() {
        fixture.givenNoPriorActivity()
                .when(record(with(draftDecision(), "P-12", DRAFTED, ADOPTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "draft_not_adoptable", "adoptedOn"));
    }

    @Test
    void anyOtherActNeedsAnAdoptionOrADraftingDate() {
        fixture.givenNoPriorActivity()
                .when(record(with(directive(), "154", null, null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "adoptedOn"));
    }

    @Test
    void adoptionBeforeTheDraftIsOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(record(with(draft(), "77", ADOPTED, DRAFTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "adoptedOn"));
    }

    @Test
    void publicationBeforeAdoptionIsOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(record(with(directive(), "154", null, ADOPTED, ADOPTED.minusDays(1))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"));
    }

    @Test
    void aDraftDecisionIsNotPublishedBeforeItIsDrafted() {
        fixture.givenNoPriorActivity()
                .when(record(with(draftDecision(), "P-12", DRAFTED, null, DRAFTED.minusDays(1))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"))
                .expectExceptionMessage("publishedOn 2021-02-28 is before draftedOn 2021-03-01");
    }

    @Test
    void aDraftOfAnotherKindIsNotPublishedBeforeAdoption() {
        fixture.givenNoPriorActivity()
                .when(record(with(draft(), null, DRAFTED, null, PUBLISHED)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_adopted", "publishedOn"));
    }

    @Test
    void aDraftingDateAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(with(draft(), null, TODAY.plusDays(1), null, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "draftedOn"));
    }

    @Test
    void anAdoptionDateAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(with(directive(), "154", null, TODAY.plusDays(1), null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "adoptedOn"));
    }

    @Test
    void aPublicationDateAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(with(directive(), "154", null, ADOPTED, TODAY.plusDays(1))), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "publishedOn"));
    }

    @Test
    void anIdenticalRepeatRecordsNothing() {
        fixture.given(recordedAdopted(directive()))
                .when(record(directive()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void anIdenticalRepeatOfAnImportRecordsNothing() {
        ActDetails imported = with(draft(), "77", DRAFTED, ADOPTED, PUBLISHED);
        fixture.given(drafted(imported),
                        inLysychansk(adoptedLater(draft(), "77", ADOPTED)),
                        inLysychansk(new ActPublishedEvent(ID, ActKind.COUNCIL_DECISION, "77", PUBLISHED, true)))
                .when(record(imported), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatOfTheDraftIsRecognisedAfterTheDraftWasAdopted() {
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(record(draft()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void theAdoptedStateIsNoRepeatOfTheDraft() {
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(record(with(draft(), "77", DRAFTED, ADOPTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        fixture.given(recordedAdopted(directive()))
                .when(record(with(directive(), "155", null, ADOPTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                .expectExceptionMessage("Act id act-1 is already recorded with different details.");
    }

    @Test
    void anIdenticalRepeatAfterAWithdrawalRecordsNothing() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActWithdrawnEvent(ID, directive(), "Введено помилково")))
                .when(record(directive()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnActIsRefused() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActWithdrawnEvent(ID, directive(), "Введено помилково")))
                .when(record(with(directive(), "155", null, ADOPTED, null)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotReachTheAct() {
        fixture.given(recordedAdopted(directive()))
                .when(record(directive()), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // adoption

    @Test
    void aDraftIsAdoptedWithTheNumberItGets() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, ADOPTED, "77"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActAdoptedEvent(ID, ActKind.COUNCIL_DECISION, "77", TITLE, ADOPTED, true,
                        null));
    }

    @Test
    void aDraftKeepsItsNumberWhenTheAdoptionGivesNone() {
        ActDetails numbered = with(draft(), "77", DRAFTED, null, null);
        fixture.given(drafted(numbered))
                .when(new AdoptActCommand(ID, ADOPTED, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(adoptedLater(numbered, "77", ADOPTED));
    }

    @Test
    void anAdoptedActNeedsANumber() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, ADOPTED, " "), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "number"));
    }

    @Test
    void theAdoptionDateIsRequired() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, null, "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "adoptedOn"));
    }

    @Test
    void aDraftDecisionIsNeverAdopted() {
        fixture.given(drafted(draftDecision()))
                .when(new AdoptActCommand(ID, ADOPTED, "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "draft_not_adoptable", "adoptedOn"));
    }

    @Test
    void anActIsAdoptedOnce() {
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(new AdoptActCommand(ID, ADOPTED, "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_adopted", "adoptedOn"));
    }

    @Test
    void anActRecordedAsAdoptedIsNotAdoptedAgain() {
        fixture.given(recordedAdopted(directive()))
                .when(new AdoptActCommand(ID, ADOPTED, "154"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_adopted", "adoptedOn"));
    }

    @Test
    void anAdoptionBeforeTheDraftIsOutOfOrder() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, DRAFTED.minusDays(1), "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "adoptedOn"));
    }

    @Test
    void anAdoptionOnTheDraftingDayIsInOrder() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, DRAFTED, "77"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(adoptedLater(draft(), "77", DRAFTED));
    }

    @Test
    void anAdoptionAfterTodayIsRefused() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, TODAY.plusDays(1), "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "adoptedOn"));
    }

    @Test
    void anotherTenantCannotAdoptTheAct() {
        fixture.given(drafted(draft()))
                .when(new AdoptActCommand(ID, ADOPTED, "77"), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // publication

    @Test
    void anAdoptedActIsPublished() {
        fixture.given(recordedAdopted(directive()))
                .when(new PublishActCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActPublishedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", PUBLISHED, false));
    }

    @Test
    void anActAdoptedAfterItsDraftIsPublishedWithItsNumber() {
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(new PublishActCommand(ID, ADOPTED), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActPublishedEvent(ID, ActKind.COUNCIL_DECISION, "77", ADOPTED, true));
    }

    @Test
    void aDraftDecisionIsPublishedForDiscussion() {
        fixture.given(drafted(draftDecision()))
                .when(new PublishActCommand(ID, DRAFTED), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActPublishedEvent(ID, ActKind.DRAFT_DECISION, "P-12", DRAFTED, true));
    }

    @Test
    void aDraftOfAnotherKindIsNotPublished() {
        fixture.given(drafted(draft()))
                .when(new PublishActCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_adopted", "publishedOn"));
    }

    @Test
    void theDateIsRequired() {
        fixture.given(recordedAdopted(directive()))
                .when(new PublishActCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "publishedOn"));
    }

    @Test
    void anActIsPublishedOnce() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActPublishedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", PUBLISHED, false)))
                .when(new PublishActCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_published", "publishedOn"));
    }

    @Test
    void aPublicationBeforeTheAdoptionIsOutOfOrder() {
        fixture.given(recordedAdopted(directive()))
                .when(new PublishActCommand(ID, ADOPTED.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"))
                .expectExceptionMessage("publishedOn 2021-03-24 is before adoptedOn 2021-03-25");
    }

    @Test
    void aDraftDecisionIsNotPublishedForDiscussionBeforeItIsDrafted() {
        fixture.given(drafted(draftDecision()))
                .when(new PublishActCommand(ID, DRAFTED.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"));
    }

    @Test
    void aPublicationAfterTodayIsRefused() {
        fixture.given(recordedAdopted(directive()))
                .when(new PublishActCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "publishedOn"));
    }

    @Test
    void anotherTenantCannotPublishTheAct() {
        fixture.given(recordedAdopted(directive()))
                .when(new PublishActCommand(ID, PUBLISHED), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // correction


    @Test
    void theCorrectionReplacesTheDetailsReachedSoFar() {
        ActDetails adopted = with(draft(), "77", DRAFTED, ADOPTED, null);
        ActDetails corrected = with(draft(), "78", DRAFTED, ADOPTED, null);
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(new CorrectActCommand(ID, corrected, CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActCorrectedEvent(ID, adopted, corrected, CORRECTION_REASON));
    }

    @Test
    void anAdoptionEnteredByMistakeIsCleared() {
        ActDetails adopted = with(draft(), "77", DRAFTED, ADOPTED, null);
        ActDetails stillADraft = with(draft(), "77", DRAFTED, null, null);
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(new CorrectActCommand(ID, stillADraft, "Рішення ще не ухвалене"), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActCorrectedEvent(ID, adopted, stillADraft, "Рішення ще не ухвалене"));
    }

    @Test
    void afterTheCorrectionTheActFollowsTheCorrectedDetails() {
        ActDetails adopted = with(draft(), "77", DRAFTED, ADOPTED, null);
        ActDetails stillADraft = with(draft(), "77", DRAFTED, null, null);
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)),
                        inLysychansk(new ActCorrectedEvent(ID, adopted, stillADraft, "Рішення ще не ухвалене")))
                .when(new AdoptActCommand(ID, PUBLISHED, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(adoptedLater(draft(), "77", PUBLISHED));
    }

    @Test
    void aCorrectedAdoptionDateBindsThePublication() {
        ActDetails later = with(directive(), "154", null, PUBLISHED, null);
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActCorrectedEvent(ID, directive(), later, CORRECTION_REASON)))
                .when(new PublishActCommand(ID, ADOPTED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "publishedOn"));
    }

    @Test
    void theKindMayBeCorrected() {
        ActDetails decision = ofKind(directive(), ActKind.EXECUTIVE_DECISION);
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, decision, "Це рішення виконкому"), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActCorrectedEvent(ID, directive(), decision, "Це рішення виконкому"));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, directive(), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionBackToTheRecordedDetailsChangesSomethingAfterLaterSteps() {
        ActDetails adopted = with(draft(), "77", DRAFTED, ADOPTED, null);
        fixture.given(drafted(draft()), inLysychansk(adoptedLater(draft(), "77", ADOPTED)))
                .when(new CorrectActCommand(ID, draft(), CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActCorrectedEvent(ID, adopted, draft(), CORRECTION_REASON));
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, with(directive(), "155", null, ADOPTED, null), " "),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionNeedsTheCorrectedDetails() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, null, CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void correctedDetailsFollowTheRulesOfARecording() {
        fixture.given(drafted(draftDecision()))
                .when(new CorrectActCommand(ID, with(draftDecision(), "P-12", DRAFTED, ADOPTED, null),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "draft_not_adoptable", "adoptedOn"));
    }

    @Test
    void aCorrectedDateAfterTodayIsRefused() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, with(directive(), "154", null, TODAY.plusDays(1), null),
                        CORRECTION_REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "adoptedOn"));
    }

    @Test
    void correctedDatesOutOfOrderAreRefused() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, with(directive(), "154", PUBLISHED, ADOPTED, null), CORRECTION_REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "adoptedOn"));
    }

    @Test
    void aRepeatOfTheRecordingIsStillRecognisedAfterACorrection() {
        ActDetails corrected = with(directive(), "155", null, ADOPTED, null);
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActCorrectedEvent(ID, directive(), corrected, CORRECTION_REASON)))
                .when(record(directive()), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void anotherTenantCannotCorrectTheAct() {
        fixture.given(recordedAdopted(directive()))
                .when(new CorrectActCommand(ID, with(directive(), "155", null, ADOPTED, null), CORRECTION_REASON),
                        NIZHYN.and("user", "nizhyn-admin"))
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // withdrawal


    @Test
    void anActEnteredInErrorIsWithdrawnWithWhatTheRegisterHeld() {
        ActDetails published = with(directive(), "154", null, ADOPTED, PUBLISHED);
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActPublishedEvent(ID, ActKind.HEAD_DIRECTIVE, "154", PUBLISHED, false)))
                .when(new WithdrawActCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActWithdrawnEvent(ID, published, WITHDRAWAL_REASON));
    }

    @Test
    void theWithdrawnDetailsAreTheCorrectedOnes() {
        ActDetails corrected = with(directive(), "155", null, ADOPTED, null);
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActCorrectedEvent(ID, directive(), corrected, "Номер")))
                .when(new WithdrawActCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActWithdrawnEvent(ID, corrected, WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActWithdrawnEvent(ID, directive(), WITHDRAWAL_REASON)))
                .when(new WithdrawActCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(recordedAdopted(directive()))
                .when(new WithdrawActCommand(ID, null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aWithdrawnActIsNotAdopted() {
        fixture.given(drafted(draft()), inLysychansk(new ActWithdrawnEvent(ID, draft(), WITHDRAWAL_REASON)))
                .when(new AdoptActCommand(ID, ADOPTED, "77"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null))
                .expectExceptionMessage("Act act-1 was withdrawn as entered in error and can no longer change.");
    }

    @Test
    void aWithdrawnActIsNotPublished() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActWithdrawnEvent(ID, directive(), WITHDRAWAL_REASON)))
                .when(new PublishActCommand(ID, PUBLISHED), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnActIsNotCorrected() {
        fixture.given(recordedAdopted(directive()),
                        inLysychansk(new ActWithdrawnEvent(ID, directive(), WITHDRAWAL_REASON)))
                .when(new CorrectActCommand(ID, with(directive(), "155", null, ADOPTED, null), "Номер"),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotWithdrawTheAct() {
        fixture.given(recordedAdopted(directive()))
                .when(new WithdrawActCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }
}
