package ua.hromada.registry.correspondence;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.correspondence.AnswerIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.CorrectIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.PutIncomingDocumentOnLongTermControlCommand;
import ua.hromada.registry.api.correspondence.ReceiveIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.TakeIncomingDocumentOffLongTermControlCommand;
import ua.hromada.registry.api.correspondence.WithdrawIncomingDocumentCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.tenancy.TenantMissingException;
import ua.hromada.web.problem.RejectedException;
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

class IncomingDocumentTest {

    private static final IncomingDocumentId ID = IncomingDocumentId.of(lysychansk("in-117"));
    private static final IncomingDocumentKind DIRECTIVE = IncomingDocumentKind.HIGHER_DIRECTIVE;
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 3, 15);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2021, 3, 29);
    private static final String SENDER = "Луганська обласна військово-цивільна адміністрація";
    private static final String SUBJECT = "Про відзначення Дня Конституції України";
    private static final String NUMBER = "01-17/117";
    private static final LocalDate SINCE = LocalDate.of(2021, 3, 20);
    private static final LocalDate UNTIL = LocalDate.of(2021, 11, 1);
    private static final String REASON = "Відправника внесено з помилкою";
    private static final String WITHDRAWAL_REASON = "Зареєстровано двічі під різними номерами";

    private FixtureConfiguration<IncomingDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(IncomingDocument.class);
    }

    // receiving

    @Test
    void registersANewDocument() {
        fixture.givenNoPriorActivity()
                .when(receive(null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(null, false))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportOfAnAnsweredDocumentOnControlRecordsEachStepInOrder() {
        fixture.givenNoPriorActivity()
                .when(receive(ANSWERED_ON, true), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(ANSWERED_ON, true),
                        new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON),
                        new IncomingDocumentPutOnLongTermControlEvent(ID, RECEIVED_ON))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportOfAnAnsweredDocumentRecordsTheAnswer() {
        fixture.givenNoPriorActivity()
                .when(receive(ANSWERED_ON, false), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(ANSWERED_ON, false),
                        new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON));
    }

    @Test
    void anImportOfADocumentOnControlPutsItOnControlFromItsReceipt() {
        fixture.givenNoPriorActivity()
                .when(receive(null, true), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(null, true),
                        new IncomingDocumentPutOnLongTermControlEvent(ID, RECEIVED_ON));
    }

    @Test
    void onlyKindAndReceiptDateAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveIncomingDocumentCommand(ID, IncomingDocumentKind.LETTER, RECEIVED_ON, null, null,
                        null, null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentReceivedEvent(ID, IncomingDocumentKind.LETTER, RECEIVED_ON,
                        null, null, null, null, false));
    }

    @Test
    void identicalRepeatRecordsNothing() {
        fixture.given(inLysychansk(received(null, false)))
                .when(receive(null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void identicalRepeatOfAnImportIsRecognisedAfterLaterChanges() {
        fixture.given(importedAnsweredOnControl())
                .andGiven(inLysychansk(new IncomingDocumentTakenOffLongTermControlEvent(ID, RECEIVED_ON,
                                LocalDate.of(2021, 9, 1))),
                        inLysychansk(new IncomingDocumentCorrectedEvent(ID,
                                details(ANSWERED_ON, false), details(LocalDate.of(2021, 3, 30), false),
                                "Дата відповіді за журналом")))
                .when(receive(ANSWERED_ON, true), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatMatchingTheCurrentStateButNotTheImportIsAConflict() {
        fixture.given(inLysychansk(received(null, false)),
                        inLysychansk(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON)))
                .when(receive(ANSWERED_ON, false), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflict() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new ReceiveIncomingDocumentCommand(ID, DIRECTIVE, RECEIVED_ON, SENDER, "Інша тема", NUMBER,
                        null, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void conflictNamesTheClientIdOnly() {
        fixture.given(inLysychansk(received(null, false)))
                .when(receive(ANSWERED_ON, null), LYSYCHANSK)
                .expectException(RejectedException.class)
                .expectExceptionMessage("Incoming document id in-117 is already recorded with different details.");
    }

    @Test
    void anotherTenantCannotReachTheDocumentEvenWithItsScopedId() {
        fixture.given(inLysychansk(received(null, false)))
                .when(receive(null, null), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(null, null))
                .expectNoEvents()
                .expectException(TenantMissingException.class);
    }

    @Test
    void missingKindIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveIncomingDocumentCommand(ID, null, RECEIVED_ON, SENDER, SUBJECT, NUMBER, null,
                        null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void missingReceiptDateIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveIncomingDocumentCommand(ID, DIRECTIVE, null, SENDER, SUBJECT, NUMBER, null,
                        null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "receivedOn"));
    }

    @Test
    void receiptDateAfterTodayIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receiveOn(TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "receivedOn"));
    }

    @Test
    void receiptLateInTheCouncilsLastDayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(receiveOn(TODAY), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentReceivedEvent(ID, DIRECTIVE, TODAY, SENDER, SUBJECT, NUMBER,
                        null, false));
    }

    @Test
    void anImportedAnswerBeforeTheReceiptIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIVED_ON.minusDays(1), null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void anImportedAnswerAfterTodayIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receive(TODAY.plusDays(1), null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "answeredOn"));
    }

    @Test
    void anAnswerOnTheDayOfReceiptIsInOrder() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIVED_ON, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(RECEIVED_ON, false),
                        new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, RECEIVED_ON));
    }

    @Test
    void identicalRepeatOfAWithdrawnDocumentRecordsNothing() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(receive(null, null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnDocumentIsRefusedAsWithdrawn() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(receive(ANSWERED_ON, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    // answering

    @Test
    void recordsTheAnswerWithTheDocumentsKind() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON));
    }

    @Test
    void theAnswerCarriesTheKindAsCorrected() {
        IncomingDocumentDetails asLetter = new IncomingDocumentDetails(IncomingDocumentKind.PUBLIC_INFO_REQUEST,
                RECEIVED_ON, SENDER, SUBJECT, NUMBER, null, false);
        fixture.given(inLysychansk(received(null, false)),
                        corrected(details(null, false), asLetter))
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentAnsweredEvent(ID, IncomingDocumentKind.PUBLIC_INFO_REQUEST,
                        ANSWERED_ON));
    }

    @Test
    void anAnswerDatedTodayIsAccepted() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, TODAY), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, TODAY));
    }

    @Test
    void aSecondAnswerIsRefused() {
        fixture.given(inLysychansk(received(null, false)),
                        inLysychansk(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON)))
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_answered", "answeredOn"));
    }

    @Test
    void anAnswerToADocumentImportedAsAnsweredIsRefused() {
        fixture.given(importedAnsweredOnControl())
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_answered", "answeredOn"));
    }

    @Test
    void aDocumentWhoseAnswerWasCorrectedAwayCanBeAnswered() {
        fixture.given(importedAnsweredOnControl())
                .andGiven(corrected(details(ANSWERED_ON, true), details(null, true)))
                .when(new AnswerIncomingDocumentCommand(ID, LocalDate.of(2021, 4, 2)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, LocalDate.of(2021, 4, 2)));
    }

    @Test
    void missingAnswerDateIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "answeredOn"));
    }

    @Test
    void anAnswerBeforeTheReceiptIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, RECEIVED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void anAnswerAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "answeredOn"));
    }

    @Test
    void aWithdrawnDocumentCannotBeAnswered() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotAnswerTheDocument() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new AnswerIncomingDocumentCommand(ID, ANSWERED_ON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // long-term control

    @Test
    void putsTheDocumentOnControl() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentPutOnLongTermControlEvent(ID, SINCE));
    }

    @Test
    void aDocumentCanBePutOnControlOnTheDayItArrived() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, RECEIVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentPutOnLongTermControlEvent(ID, RECEIVED_ON));
    }

    @Test
    void aDocumentAlreadyOnControlCannotBePutOnItAgain() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_on_control", "since"));
    }

    @Test
    void aDocumentImportedOnControlIsAlreadyOnIt() {
        fixture.given(importedAnsweredOnControl())
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_on_control", "since"));
    }

    @Test
    void aDocumentCorrectedOntoControlIsAlreadyOnIt() {
        fixture.given(inLysychansk(received(null, false)), corrected(details(null, false), details(null, true)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_on_control", "since"));
    }

    @Test
    void missingStartIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "since"));
    }

    @Test
    void controlCannotStartBeforeTheReceipt() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, RECEIVED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "since"));
    }

    @Test
    void controlCannotStartAfterToday() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "since"));
    }

    @Test
    void takesTheDocumentOffControlCarryingTheWholePeriod() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentTakenOffLongTermControlEvent(ID, SINCE, UNTIL));
    }

    @Test
    void aDocumentCanBeTakenOffOnTheDayItWasPutOn() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, SINCE), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentTakenOffLongTermControlEvent(ID, SINCE, SINCE));
    }

    @Test
    void aDocumentImportedOnControlIsTakenOffAPeriodThatBeganOnItsReceipt() {
        fixture.given(importedAnsweredOnControl())
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentTakenOffLongTermControlEvent(ID, RECEIVED_ON, UNTIL));
    }

    @Test
    void aDocumentCorrectedOntoControlIsOnItSinceItsReceipt() {
        fixture.given(inLysychansk(received(null, false)), corrected(details(null, false), details(null, true)))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentTakenOffLongTermControlEvent(ID, RECEIVED_ON, UNTIL));
    }

    @Test
    void aDocumentNotOnControlCannotBeTakenOff() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_on_control", "until"));
    }

    @Test
    void aDocumentAlreadyTakenOffCannotBeTakenOffAgain() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE), takenOff(SINCE, UNTIL))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_on_control", "until"));
    }

    @Test
    void aDocumentCorrectedOffControlIsNotOnIt() {
        fixture.given(importedAnsweredOnControl())
                .andGiven(corrected(details(ANSWERED_ON, true), details(ANSWERED_ON, false)))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_on_control", "until"));
    }

    @Test
    void missingEndIsRejected() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "until"));
    }

    @Test
    void controlCannotEndBeforeItBegan() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, SINCE.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "until"));
    }

    @Test
    void controlCannotEndAfterToday() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "until"));
    }

    @Test
    void aDocumentTakenOffCanBePutOnControlAgain() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE), takenOff(SINCE, UNTIL))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentPutOnLongTermControlEvent(ID, UNTIL));
    }

    @Test
    void aNewControlPeriodCannotStartBeforeThePreviousOneEnded() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE), takenOff(SINCE, UNTIL))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, UNTIL.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "since"));
    }

    @Test
    void aWithdrawnDocumentCannotBePutOnControl() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void aWithdrawnDocumentCannotBeTakenOffControl() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE),
                        withdrawnAsDuplicate(details(null, true)))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotPutTheDocumentOnControl() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new PutIncomingDocumentOnLongTermControlCommand(ID, SINCE), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void anotherTenantCannotTakeTheDocumentOffControl() {
        fixture.given(inLysychansk(received(null, false)), onControlSince(SINCE))
                .when(new TakeIncomingDocumentOffLongTermControlCommand(ID, UNTIL), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    private Object onControlSince(LocalDate since) {
        return inLysychansk(new IncomingDocumentPutOnLongTermControlEvent(ID, since));
    }

    private Object takenOff(LocalDate since, LocalDate until) {
        return inLysychansk(new IncomingDocumentTakenOffLongTermControlEvent(ID, since, until));
    }

    // correcting

    @Test
    void replacesTheRecordKeepingThePreviousOne() {
        IncomingDocumentDetails previous = details(ANSWERED_ON, true);
        IncomingDocumentDetails fixed = new IncomingDocumentDetails(DIRECTIVE, RECEIVED_ON,
                "Луганська обласна державна адміністрація", SUBJECT, NUMBER, ANSWERED_ON, true);
        fixture.given(importedAnsweredOnControl())
                .when(new CorrectIncomingDocumentCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, previous, fixed, REASON));
    }

    @Test
    void thePreviousRecordIncludesItsLifecycleSteps() {
        LocalDate since = LocalDate.of(2021, 4, 1);
        IncomingDocumentDetails fixed = details(ANSWERED_ON.plusDays(1), true);
        fixture.given(inLysychansk(received(null, false)),
                        inLysychansk(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON)),
                        inLysychansk(new IncomingDocumentPutOnLongTermControlEvent(ID, since)))
                .when(new CorrectIncomingDocumentCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, details(ANSWERED_ON, true), fixed, REASON));
    }

    @Test
    void mayClearAnAnswerAndTheControlEnteredByMistake() {
        fixture.given(importedAnsweredOnControl())
                .when(new CorrectIncomingDocumentCommand(ID, details(null, false), REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, details(ANSWERED_ON, true),
                        details(null, false), REASON));
    }

    @Test
    void mayChangeTheKindAndTheReceiptDate() {
        IncomingDocumentDetails fixed = new IncomingDocumentDetails(IncomingDocumentKind.CITIZEN_APPEAL,
                RECEIVED_ON.minusDays(3), SENDER, SUBJECT, NUMBER, null, false);
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, details(null, false), fixed, REASON));
    }

    @Test
    void aCorrectionIdenticalToTheCurrentRecordIsRefused() {
        fixture.given(importedAnsweredOnControl())
                .when(new CorrectIncomingDocumentCommand(ID, details(ANSWERED_ON, true), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void anUnsetControlFlagMeansNotOnControl() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, new IncomingDocumentDetails(DIRECTIVE, RECEIVED_ON,
                        SENDER, SUBJECT, NUMBER, null, null), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionMustGiveAReason() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(ANSWERED_ON, false), null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aBlankReasonIsNoReason() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(ANSWERED_ON, false), "  "), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionMustStateTheCorrectedRecord() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, null, REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void theCorrectedRecordNeedsItsRequiredFields() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, new IncomingDocumentDetails(null, RECEIVED_ON,
                        SENDER, SUBJECT, NUMBER, null, false), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void aCorrectedAnswerBeforeTheReceiptIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(RECEIVED_ON.minusDays(1), false), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void aCorrectedReceiptAfterTheAnswerIsRejectedNamingTheAnswer() {
        fixture.given(importedAnsweredOnControl())
                .when(new CorrectIncomingDocumentCommand(ID, new IncomingDocumentDetails(DIRECTIVE,
                        ANSWERED_ON.plusDays(1), SENDER, SUBJECT, NUMBER, ANSWERED_ON, false), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "answeredOn"));
    }

    @Test
    void aCorrectedReceiptAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, new IncomingDocumentDetails(DIRECTIVE,
                        TODAY.plusDays(1), SENDER, SUBJECT, NUMBER, null, false), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "receivedOn"));
    }

    @Test
    void aCorrectedAnswerAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(TODAY.plusDays(1), false), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "answeredOn"));
    }

    @Test
    void aDocumentStayingOnControlCannotBeReceivedAfterItsControlBegan() {
        LocalDate since = LocalDate.of(2021, 4, 1);
        fixture.given(inLysychansk(received(null, false)),
                        inLysychansk(new IncomingDocumentPutOnLongTermControlEvent(ID, since)))
                .when(new CorrectIncomingDocumentCommand(ID, new IncomingDocumentDetails(DIRECTIVE,
                        since.plusDays(1), SENDER, SUBJECT, NUMBER, null, true), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "receivedOn"));
    }

    @Test
    void aDocumentTakenOffControlMayBeReceivedLaterThanItsControlBegan() {
        LocalDate since = LocalDate.of(2021, 4, 1);
        IncomingDocumentDetails onControl = details(null, true);
        IncomingDocumentDetails fixed = new IncomingDocumentDetails(DIRECTIVE, since.plusDays(1), SENDER,
                SUBJECT, NUMBER, null, false);
        fixture.given(inLysychansk(received(null, false)),
                        inLysychansk(new IncomingDocumentPutOnLongTermControlEvent(ID, since)))
                .when(new CorrectIncomingDocumentCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, onControl, fixed, REASON));
    }

    @Test
    void aWithdrawnDocumentCannotBeCorrected() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(ANSWERED_ON, false), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotCorrectTheDocument() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new CorrectIncomingDocumentCommand(ID, details(ANSWERED_ON, false), REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aLaterCorrectionStartsFromTheCorrectedRecord() {
        IncomingDocumentDetails first = details(ANSWERED_ON, false);
        IncomingDocumentDetails second = details(ANSWERED_ON.plusDays(2), false);
        fixture.given(inLysychansk(received(null, false)), corrected(details(null, false), first))
                .when(new CorrectIncomingDocumentCommand(ID, second, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentCorrectedEvent(ID, first, second, REASON));
    }

    // withdrawing

    @Test
    void withdrawsTheRecordAsItReadsNow() {
        fixture.given(importedAnsweredOnControl())
                .when(new WithdrawIncomingDocumentCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncomingDocumentWithdrawnEvent(ID, details(ANSWERED_ON, true), WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(inLysychansk(received(null, false)), withdrawnAsDuplicate(details(null, false)))
                .when(new WithdrawIncomingDocumentCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalMustGiveAReason() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new WithdrawIncomingDocumentCommand(ID, " "), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void anotherTenantCannotWithdrawTheDocument() {
        fixture.given(inLysychansk(received(null, false)))
                .when(new WithdrawIncomingDocumentCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    private static ReceiveIncomingDocumentCommand receive(LocalDate answeredOn, Boolean longTermControl) {
        return new ReceiveIncomingDocumentCommand(ID, DIRECTIVE, RECEIVED_ON, SENDER, SUBJECT, NUMBER, answeredOn,
                longTermControl);
    }

    private static ReceiveIncomingDocumentCommand receiveOn(LocalDate receivedOn) {
        return new ReceiveIncomingDocumentCommand(ID, DIRECTIVE, receivedOn, SENDER, SUBJECT, NUMBER, null, null);
    }

    private static IncomingDocumentReceivedEvent received(LocalDate answeredOn, boolean longTermControl) {
        return new IncomingDocumentReceivedEvent(ID, DIRECTIVE, RECEIVED_ON, SENDER, SUBJECT, NUMBER, answeredOn,
                longTermControl);
    }

    private static IncomingDocumentDetails details(LocalDate answeredOn, boolean longTermControl) {
        return new IncomingDocumentDetails(DIRECTIVE, RECEIVED_ON, SENDER, SUBJECT, NUMBER, answeredOn,
                longTermControl);
    }

    /** The three events of an import line for a document answered on {@link #ANSWERED_ON} and on control. */
    private static Object[] importedAnsweredOnControl() {
        return new Object[] {
                inLysychansk(received(ANSWERED_ON, true)),
                inLysychansk(new IncomingDocumentAnsweredEvent(ID, DIRECTIVE, ANSWERED_ON)),
                inLysychansk(new IncomingDocumentPutOnLongTermControlEvent(ID, RECEIVED_ON))};
    }

    private static Object corrected(IncomingDocumentDetails previous, IncomingDocumentDetails corrected) {
        return inLysychansk(new IncomingDocumentCorrectedEvent(ID, previous, corrected, "Виправлення"));
    }

    private static Object withdrawnAsDuplicate(IncomingDocumentDetails withdrawn) {
        return inLysychansk(new IncomingDocumentWithdrawnEvent(ID, withdrawn, "Дублікат"));
    }
}
