package ua.hromada.registry.correspondence;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.correspondence.CorrectOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.SendOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.WithdrawOutgoingDocumentCommand;
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

class OutgoingDocumentTest {

    private static final OutgoingDocumentId ID = OutgoingDocumentId.of(lysychansk("out-342"));
    private static final OutgoingDocumentKind EXTERNAL = OutgoingDocumentKind.EXTERNAL;
    private static final LocalDate SENT_ON = LocalDate.of(2021, 3, 29);
    private static final String RECIPIENT = "Луганська обласна військово-цивільна адміністрація";
    private static final String SUBJECT = "Про відзначення Дня Конституції України";
    private static final String NUMBER = "02-11/342";
    private static final String IN_REPLY_TO = "in-117";
    private static final String REASON = "Номер внесено з помилкою";
    private static final String WITHDRAWAL_REASON = "Зареєстровано двічі";

    private FixtureConfiguration<OutgoingDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(OutgoingDocument.class);
    }

    // sending

    @Test
    void registersASentDocument() {
        fixture.givenNoPriorActivity()
                .when(send(SUBJECT), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(sent(SUBJECT))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void onlyKindAndSendingDateAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new SendOutgoingDocumentCommand(ID, OutgoingDocumentKind.INTERNAL, SENT_ON, null, null, null,
                        null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentSentEvent(ID, OutgoingDocumentKind.INTERNAL, SENT_ON, null, null,
                        null, null));
    }

    @Test
    void theIncomingDocumentItAnswersIsKeptAsWrittenWithoutLookingItUp() {
        fixture.givenNoPriorActivity()
                .when(new SendOutgoingDocumentCommand(ID, EXTERNAL, SENT_ON, RECIPIENT, SUBJECT, NUMBER,
                        "never-registered"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentSentEvent(ID, EXTERNAL, SENT_ON, RECIPIENT, SUBJECT, NUMBER,
                        "never-registered"));
    }

    @Test
    void identicalRepeatRecordsNothing() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(send(SUBJECT), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void identicalRepeatIsRecognisedAfterACorrection() {
        fixture.given(inLysychansk(sent(SUBJECT)), corrected(details(SUBJECT), details("Виправлена тема")))
                .when(send(SUBJECT), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatMatchingTheCorrectedRecordButNotTheOriginalIsAConflict() {
        fixture.given(inLysychansk(sent(SUBJECT)), corrected(details(SUBJECT), details("Виправлена тема")))
                .when(send("Виправлена тема"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflict() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(send("Інша тема"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void conflictNamesTheClientIdOnly() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(send("Інша тема"), LYSYCHANSK)
                .expectException(RejectedException.class)
                .expectExceptionMessage("Outgoing document id out-342 is already recorded with different details.");
    }

    @Test
    void anotherTenantCannotReachTheDocumentEvenWithItsScopedId() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(send(SUBJECT), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(send(SUBJECT))
                .expectNoEvents()
                .expectException(TenantMissingException.class);
    }

    @Test
    void missingKindIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new SendOutgoingDocumentCommand(ID, null, SENT_ON, RECIPIENT, SUBJECT, NUMBER, null),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void missingSendingDateIsRejected() {
        fixture.givenNoPriorActivity()
                .when(sendOn(null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "sentOn"));
    }

    @Test
    void sendingDateAfterTodayIsRejected() {
        fixture.givenNoPriorActivity()
                .when(sendOn(TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "sentOn"));
    }

    @Test
    void sendingLateInTheCouncilsLastDayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(sendOn(TODAY), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentSentEvent(ID, EXTERNAL, TODAY, RECIPIENT, SUBJECT, NUMBER,
                        IN_REPLY_TO));
    }

    @Test
    void identicalRepeatOfAWithdrawnDocumentRecordsNothing() {
        fixture.given(inLysychansk(sent(SUBJECT)), withdrawnAsDuplicate())
                .when(send(SUBJECT), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnDocumentIsRefusedAsWithdrawn() {
        fixture.given(inLysychansk(sent(SUBJECT)), withdrawnAsDuplicate())
                .when(send("Інша тема"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    // correcting

    @Test
    void replacesTheRecordKeepingThePreviousOne() {
        OutgoingDocumentDetails fixed = new OutgoingDocumentDetails(OutgoingDocumentKind.INTERNAL, SENT_ON.minusDays(1),
                RECIPIENT, SUBJECT, "02-11/343", null);
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentCorrectedEvent(ID, details(SUBJECT), fixed, REASON));
    }

    @Test
    void aLaterCorrectionStartsFromTheCorrectedRecord() {
        fixture.given(inLysychansk(sent(SUBJECT)), corrected(details(SUBJECT), details("Перша правка")))
                .when(new CorrectOutgoingDocumentCommand(ID, details("Друга правка"), REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentCorrectedEvent(ID, details("Перша правка"), details("Друга правка"),
                        REASON));
    }

    @Test
    void aCorrectionIdenticalToTheCurrentRecordIsRefused() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, details(SUBJECT), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionBackToTheOriginalIsAChange() {
        fixture.given(inLysychansk(sent(SUBJECT)), corrected(details(SUBJECT), details("Перша правка")))
                .when(new CorrectOutgoingDocumentCommand(ID, details(SUBJECT), REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentCorrectedEvent(ID, details("Перша правка"), details(SUBJECT),
                        REASON));
    }

    @Test
    void aCorrectionMustGiveAReason() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, details("Інша тема"), null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionMustStateTheCorrectedRecord() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, null, REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void theCorrectedRecordNeedsItsRequiredFields() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, new OutgoingDocumentDetails(EXTERNAL, null, RECIPIENT,
                        SUBJECT, NUMBER, IN_REPLY_TO), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "sentOn"));
    }

    @Test
    void aCorrectedSendingDateAfterTodayIsRejected() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, new OutgoingDocumentDetails(EXTERNAL, TODAY.plusDays(1),
                        RECIPIENT, SUBJECT, NUMBER, IN_REPLY_TO), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "sentOn"));
    }

    @Test
    void aWithdrawnDocumentCannotBeCorrected() {
        fixture.given(inLysychansk(sent(SUBJECT)), withdrawnAsDuplicate())
                .when(new CorrectOutgoingDocumentCommand(ID, details("Інша тема"), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotCorrectTheDocument() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new CorrectOutgoingDocumentCommand(ID, details("Інша тема"), REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // withdrawing

    @Test
    void withdrawsTheRecordAsItReadsNow() {
        fixture.given(inLysychansk(sent(SUBJECT)), corrected(details(SUBJECT), details("Виправлена тема")))
                .when(new WithdrawOutgoingDocumentCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutgoingDocumentWithdrawnEvent(ID, details("Виправлена тема"), WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(inLysychansk(sent(SUBJECT)), withdrawnAsDuplicate())
                .when(new WithdrawOutgoingDocumentCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalMustGiveAReason() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new WithdrawOutgoingDocumentCommand(ID, null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void anotherTenantCannotWithdrawTheDocument() {
        fixture.given(inLysychansk(sent(SUBJECT)))
                .when(new WithdrawOutgoingDocumentCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    private static SendOutgoingDocumentCommand send(String subject) {
        return new SendOutgoingDocumentCommand(ID, EXTERNAL, SENT_ON, RECIPIENT, subject, NUMBER, IN_REPLY_TO);
    }

    private static SendOutgoingDocumentCommand sendOn(LocalDate sentOn) {
        return new SendOutgoingDocumentCommand(ID, EXTERNAL, sentOn, RECIPIENT, SUBJECT, NUMBER, IN_REPLY_TO);
    }

    private static OutgoingDocumentSentEvent sent(String subject) {
        return new OutgoingDocumentSentEvent(ID, EXTERNAL, SENT_ON, RECIPIENT, subject, NUMBER, IN_REPLY_TO);
    }

    private static OutgoingDocumentDetails details(String subject) {
        return new OutgoingDocumentDetails(EXTERNAL, SENT_ON, RECIPIENT, subject, NUMBER, IN_REPLY_TO);
    }

    private static Object corrected(OutgoingDocumentDetails previous, OutgoingDocumentDetails corrected) {
        return inLysychansk(new OutgoingDocumentCorrectedEvent(ID, previous, corrected, "Виправлення"));
    }

    private static Object withdrawnAsDuplicate() {
        return inLysychansk(new OutgoingDocumentWithdrawnEvent(ID, details(SUBJECT), "Дублікат"));
    }
}
