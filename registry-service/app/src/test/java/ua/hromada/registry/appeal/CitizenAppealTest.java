package ua.hromada.registry.appeal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealResolvedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.registry.api.appeal.CorrectCitizenAppealCommand;
import ua.hromada.registry.api.appeal.ReceiveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.ResolveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.WithdrawCitizenAppealCommand;
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

class CitizenAppealTest {

    private static final CitizenAppealId ID = CitizenAppealId.of(lysychansk("appeal-88"));
    private static final AppealChannel PHONE = AppealChannel.PHONE;
    private static final LocalDate RECEIVED_ON = LocalDate.of(2021, 2, 8);
    private static final LocalDate RESOLVED_ON = LocalDate.of(2021, 2, 10);
    private static final String TOPIC = "Вивезення сміття на вул. Гетьманській";
    private static final String APPLICANT = "Коваленко Олена";
    private static final String REASON = "Канал звернення внесено з помилкою";
    private static final String WITHDRAWAL_REASON = "Одне звернення зареєстровано двічі";

    private FixtureConfiguration<CitizenAppeal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(CitizenAppeal.class);
    }

    // receiving

    @Test
    void registersANewAppeal() {
        fixture.givenNoPriorActivity()
                .when(receive(null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(null))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void anImportOfAResolvedAppealRecordsTheResolutionAfterTheReceipt() {
        fixture.givenNoPriorActivity()
                .when(receive(RESOLVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(RESOLVED_ON), new CitizenAppealResolvedEvent(ID, PHONE, RESOLVED_ON))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void onlyChannelAndReceiptDateAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCitizenAppealCommand(ID, AppealChannel.WEB_PORTAL, RECEIVED_ON, null, null, null),
                        LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealReceivedEvent(ID, AppealChannel.WEB_PORTAL, RECEIVED_ON, null, null,
                        null));
    }

    @Test
    void identicalRepeatRecordsNothing() {
        fixture.given(inLysychansk(received(null)))
                .when(receive(null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void identicalRepeatOfAnImportIsRecognisedAfterACorrection() {
        fixture.given(importedResolved())
                .andGiven(corrected(details(PHONE, RESOLVED_ON), details(AppealChannel.FACEBOOK, RESOLVED_ON)))
                .when(receive(RESOLVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aRepeatMatchingTheCurrentStateButNotTheImportIsAConflict() {
        fixture.given(inLysychansk(received(null)), resolved(RESOLVED_ON))
                .when(receive(RESOLVED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflict() {
        fixture.given(inLysychansk(received(null)))
                .when(new ReceiveCitizenAppealCommand(ID, AppealChannel.EMAIL, RECEIVED_ON, TOPIC, APPLICANT, null),
                        LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void conflictNamesTheClientIdOnly() {
        fixture.given(inLysychansk(received(null)))
                .when(receive(RESOLVED_ON), LYSYCHANSK)
                .expectException(RejectedException.class)
                .expectExceptionMessage("Citizen appeal id appeal-88 is already recorded with different details.");
    }

    @Test
    void anotherTenantCannotReachTheAppealEvenWithItsScopedId() {
        fixture.given(inLysychansk(received(null)))
                .when(receive(null), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(null))
                .expectNoEvents()
                .expectException(TenantMissingException.class);
    }

    @Test
    void missingChannelIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCitizenAppealCommand(ID, null, RECEIVED_ON, TOPIC, APPLICANT, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "channel"));
    }

    @Test
    void missingReceiptDateIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receiveOn(null), LYSYCHANSK)
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
                .expectEvents(new CitizenAppealReceivedEvent(ID, PHONE, TODAY, TOPIC, APPLICANT, null));
    }

    @Test
    void anImportedResolutionBeforeTheReceiptIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIVED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "resolvedOn"));
    }

    @Test
    void anImportedResolutionAfterTodayIsRejected() {
        fixture.givenNoPriorActivity()
                .when(receive(TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "resolvedOn"));
    }

    @Test
    void identicalRepeatOfAWithdrawnAppealRecordsNothing() {
        fixture.given(inLysychansk(received(null)), withdrawnAsDuplicate(details(PHONE, null)))
                .when(receive(null), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherContentForAWithdrawnAppealIsRefusedAsWithdrawn() {
        fixture.given(inLysychansk(received(null)), withdrawnAsDuplicate(details(PHONE, null)))
                .when(receive(RESOLVED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    // resolving

    @Test
    void recordsTheResolutionWithTheAppealsChannel() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealResolvedEvent(ID, PHONE, RESOLVED_ON));
    }

    @Test
    void theResolutionCarriesTheChannelAsCorrected() {
        fixture.given(inLysychansk(received(null)),
                        corrected(details(PHONE, null), details(AppealChannel.IN_PERSON, null)))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealResolvedEvent(ID, AppealChannel.IN_PERSON, RESOLVED_ON));
    }

    @Test
    void aResolutionOnTheDayOfReceiptIsInOrder() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, RECEIVED_ON), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealResolvedEvent(ID, PHONE, RECEIVED_ON));
    }

    @Test
    void aResolutionDatedTodayIsAccepted() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, TODAY), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealResolvedEvent(ID, PHONE, TODAY));
    }

    @Test
    void aSecondResolutionIsRefused() {
        fixture.given(inLysychansk(received(null)), resolved(RESOLVED_ON))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_resolved", "resolvedOn"));
    }

    @Test
    void anAppealImportedAsResolvedCannotBeResolvedAgain() {
        fixture.given(importedResolved())
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_resolved", "resolvedOn"));
    }

    @Test
    void anAppealWhoseResolutionWasCorrectedAwayCanBeResolved() {
        fixture.given(importedResolved())
                .andGiven(corrected(details(PHONE, RESOLVED_ON), details(PHONE, null)))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON.plusDays(5)), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealResolvedEvent(ID, PHONE, RESOLVED_ON.plusDays(5)));
    }

    @Test
    void missingResolutionDateIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "resolvedOn"));
    }

    @Test
    void aResolutionBeforeTheReceiptIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, RECEIVED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "resolvedOn"));
    }

    @Test
    void aResolutionAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "resolvedOn"));
    }

    @Test
    void aWithdrawnAppealCannotBeResolved() {
        fixture.given(inLysychansk(received(null)), withdrawnAsDuplicate(details(PHONE, null)))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotResolveTheAppeal() {
        fixture.given(inLysychansk(received(null)))
                .when(new ResolveCitizenAppealCommand(ID, RESOLVED_ON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // correcting

    @Test
    void replacesTheRecordKeepingThePreviousOne() {
        CitizenAppealDetails fixed = new CitizenAppealDetails(AppealChannel.FACEBOOK, RECEIVED_ON, TOPIC,
                "Коваленко Олена Петрівна", RESOLVED_ON);
        fixture.given(inLysychansk(received(null)), resolved(RESOLVED_ON))
                .when(new CorrectCitizenAppealCommand(ID, fixed, REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealCorrectedEvent(ID, details(PHONE, RESOLVED_ON), fixed, REASON));
    }

    @Test
    void mayClearAResolutionEnteredByMistake() {
        fixture.given(importedResolved())
                .when(new CorrectCitizenAppealCommand(ID, details(PHONE, null), REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealCorrectedEvent(ID, details(PHONE, RESOLVED_ON), details(PHONE, null),
                        REASON));
    }

    @Test
    void aLaterCorrectionStartsFromTheCorrectedRecord() {
        fixture.given(inLysychansk(received(null)), corrected(details(PHONE, null), details(AppealChannel.EMAIL, null)))
                .when(new CorrectCitizenAppealCommand(ID, details(AppealChannel.WRITTEN, null), REASON),
                        LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealCorrectedEvent(ID, details(AppealChannel.EMAIL, null),
                        details(AppealChannel.WRITTEN, null), REASON));
    }

    @Test
    void aCorrectionIdenticalToTheCurrentRecordIsRefused() {
        fixture.given(importedResolved())
                .when(new CorrectCitizenAppealCommand(ID, details(PHONE, RESOLVED_ON), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
    }

    @Test
    void aCorrectionMustGiveAReason() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, details(AppealChannel.EMAIL, null), ""), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void aCorrectionMustStateTheCorrectedRecord() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, null, REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
    }

    @Test
    void theCorrectedRecordNeedsItsRequiredFields() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, details(null, null), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "channel"));
    }

    @Test
    void aCorrectedResolutionBeforeTheReceiptIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, details(PHONE, RECEIVED_ON.minusDays(1)), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "resolvedOn"));
    }

    @Test
    void aCorrectedReceiptAfterTheResolutionIsRejectedNamingTheResolution() {
        fixture.given(importedResolved())
                .when(new CorrectCitizenAppealCommand(ID, new CitizenAppealDetails(PHONE, RESOLVED_ON.plusDays(1),
                        TOPIC, APPLICANT, RESOLVED_ON), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "resolvedOn"));
    }

    @Test
    void aCorrectedReceiptAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, new CitizenAppealDetails(PHONE, TODAY.plusDays(1), TOPIC,
                        APPLICANT, null), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "receivedOn"));
    }

    @Test
    void aCorrectedResolutionAfterTodayIsRejected() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, details(PHONE, TODAY.plusDays(1)), REASON), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "resolvedOn"));
    }

    @Test
    void aWithdrawnAppealCannotBeCorrected() {
        fixture.given(inLysychansk(received(null)), withdrawnAsDuplicate(details(PHONE, null)))
                .when(new CorrectCitizenAppealCommand(ID, details(AppealChannel.EMAIL, null), REASON),
                        LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
    }

    @Test
    void anotherTenantCannotCorrectTheAppeal() {
        fixture.given(inLysychansk(received(null)))
                .when(new CorrectCitizenAppealCommand(ID, details(AppealChannel.EMAIL, null), REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    // withdrawing

    @Test
    void withdrawsTheRecordAsItReadsNow() {
        fixture.given(importedResolved())
                .when(new WithdrawCitizenAppealCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenAppealWithdrawnEvent(ID, details(PHONE, RESOLVED_ON), WITHDRAWAL_REASON));
    }

    @Test
    void aRepeatedWithdrawalRecordsNothing() {
        fixture.given(inLysychansk(received(null)), withdrawnAsDuplicate(details(PHONE, null)))
                .when(new WithdrawCitizenAppealCommand(ID, WITHDRAWAL_REASON), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalMustGiveAReason() {
        fixture.given(inLysychansk(received(null)))
                .when(new WithdrawCitizenAppealCommand(ID, null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    @Test
    void anotherTenantCannotWithdrawTheAppeal() {
        fixture.given(inLysychansk(received(null)))
                .when(new WithdrawCitizenAppealCommand(ID, WITHDRAWAL_REASON), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    private static ReceiveCitizenAppealCommand receive(LocalDate resolvedOn) {
        return new ReceiveCitizenAppealCommand(ID, PHONE, RECEIVED_ON, TOPIC, APPLICANT, resolvedOn);
    }

    private static ReceiveCitizenAppealCommand receiveOn(LocalDate receivedOn) {
        return new ReceiveCitizenAppealCommand(ID, PHONE, receivedOn, TOPIC, APPLICANT, null);
    }

    private static CitizenAppealReceivedEvent received(LocalDate resolvedOn) {
        return new CitizenAppealReceivedEvent(ID, PHONE, RECEIVED_ON, TOPIC, APPLICANT, resolvedOn);
    }

    private static Object resolved(LocalDate resolvedOn) {
        return inLysychansk(new CitizenAppealResolvedEvent(ID, PHONE, resolvedOn));
    }

    private static CitizenAppealDetails details(AppealChannel channel, LocalDate resolvedOn) {
        return new CitizenAppealDetails(channel, RECEIVED_ON, TOPIC, APPLICANT, resolvedOn);
    }

    /** The two events of an import line for an appeal resolved on {@link #RESOLVED_ON}. */
    private static Object[] importedResolved() {
        return new Object[] {inLysychansk(received(RESOLVED_ON)), resolved(RESOLVED_ON)};
    }

    private static Object corrected(CitizenAppealDetails previous, CitizenAppealDetails corrected) {
        return inLysychansk(new CitizenAppealCorrectedEvent(ID, previous, corrected, "Виправлення"));
    }

    private static Object withdrawnAsDuplicate(CitizenAppealDetails withdrawn) {
        return inLysychansk(new CitizenAppealWithdrawnEvent(ID, withdrawn, "Дублікат"));
    }
}
