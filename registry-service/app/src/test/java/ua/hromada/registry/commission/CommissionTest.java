package ua.hromada.registry.commission;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.commission.AbolishCommissionCommand;
import ua.hromada.registry.api.commission.AddCommissionMemberCommand;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionAgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionConsideredEvent;
import ua.hromada.registry.api.commission.AwardPetitionDecidedEvent;
import ua.hromada.registry.api.commission.AwardPetitionPlacedOnAgendaEvent;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDecisionRecordedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionMemberAddedEvent;
import ua.hromada.registry.api.commission.CommissionMemberRemovedEvent;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.registry.api.commission.CorrectCommissionCommand;
import ua.hromada.registry.api.commission.DecideAwardPetitionCommand;
import ua.hromada.registry.api.commission.EstablishCommissionCommand;
import ua.hromada.registry.api.commission.HoldCommissionMeetingCommand;
import ua.hromada.registry.api.commission.PlaceAwardPetitionOnAgendaCommand;
import ua.hromada.registry.api.commission.RecordCommissionDecisionCommand;
import ua.hromada.registry.api.commission.RemoveCommissionMemberCommand;
import ua.hromada.registry.api.commission.WithdrawCommissionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.tenancy.TenantMissingException;
import ua.hromada.web.problem.RejectedException;
import ua.hromada.web.problem.RejectionKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static ua.hromada.registry.api.commission.AwardPetitionOutcome.APPROVED;
import static ua.hromada.registry.api.commission.AwardPetitionOutcome.REJECTED;
import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK_ADMIN;
import static ua.hromada.registry.record.RegistryFixtures.NIZHYN;
import static ua.hromada.registry.record.RegistryFixtures.TODAY;
import static ua.hromada.registry.record.RegistryFixtures.fixtureFor;
import static ua.hromada.registry.record.RegistryFixtures.inLysychansk;
import static ua.hromada.registry.record.RegistryFixtures.lysychansk;
import static ua.hromada.registry.record.RegistryFixtures.rejectedAs;

class CommissionTest {

    private static final CommissionId ID = CommissionId.of(lysychansk("awards"));
    private static final String NAME = "Комісія з питань нагородження";
    private static final String BASIS = "розпорядження № 12";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2018, 2, 1);
    private static final LocalDate ABOLISHED_ON = LocalDate.of(2021, 11, 30);
    private static final LocalDate PLACED_ON = LocalDate.of(2021, 3, 1);
    private static final LocalDate MEETING_ON = LocalDate.of(2021, 3, 15);
    private static final String REASON = "дані з розпорядження";

    private static final CommissionDetails AWARDS = new CommissionDetails(NAME, CommissionKind.COMMISSION,
            ESTABLISHED_ON, null, BASIS, CommissionPurpose.AWARDS);
    private static final CommissionDetails ABOLISHED_AWARDS = new CommissionDetails(NAME, CommissionKind.COMMISSION,
            ESTABLISHED_ON, ABOLISHED_ON, BASIS, CommissionPurpose.AWARDS);
    private static final CommissionDetails RENAMING = new CommissionDetails("Робоча група з перейменування вулиць",
            CommissionKind.WORKING_GROUP, ESTABLISHED_ON, null, null, CommissionPurpose.RENAMING);

    private static final AgendaItem GRANTS = new AgendaItem("1", "Про відзначення до Дня міста", null);
    private static final AgendaItem PLAN = new AgendaItem("2", "Про план роботи на рік", "Затвердити план");

    private FixtureConfiguration<Commission> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(Commission.class);
    }

    @Nested
    class Establishing {

        @Test
        void establishesANewCommission() {
            fixture.givenNoPriorActivity()
                    .when(establish(AWARDS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established(AWARDS))
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void importOfAnAbolishedCommissionEstablishesThenAbolishesIt() {
            fixture.givenNoPriorActivity()
                    .when(establish(ABOLISHED_AWARDS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established(AWARDS), abolishedWithEstablishment())
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void basisAndPurposeAreOptionalAndABlankBasisMeansUnknown() {
            CommissionDetails plain = new CommissionDetails("Координаційна рада з питань сім'ї",
                    CommissionKind.COORDINATION_COUNCIL, ESTABLISHED_ON, null, " ", null);
            fixture.givenNoPriorActivity()
                    .when(establish(plain), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionEstablishedEvent(ID, "Координаційна рада з питань сім'ї",
                            CommissionKind.COORDINATION_COUNCIL, ESTABLISHED_ON, null, null));
        }

        @Test
        void identicalRepeatRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(establish(AWARDS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void identicalRepeatOfAnImportRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedWithEstablishment()))
                    .when(establish(ABOLISHED_AWARDS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void importWithoutTheAbolitionItCameWithIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedWithEstablishment()))
                    .when(establish(AWARDS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
        }

        @Test
        void repeatIsRecognisedAfterALaterAbolitionAndACorrection() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()),
                            inLysychansk(new CommissionCorrectedEvent(ID, ABOLISHED_AWARDS, RENAMING, REASON)))
                    .when(establish(AWARDS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void aLaterAbolitionDoesNotMakeAnImportWithItTheSameRecord() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()))
                    .when(establish(ABOLISHED_AWARDS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
        }

        @Test
        void sameIdWithOtherContentIsAConflictNamingTheClientIdOnly() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(establish(RENAMING), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                    .expectExceptionMessage("Commission id awards is already recorded with different details.");
        }

        @Test
        void anotherTenantCannotReachTheCommission() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(establish(AWARDS), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }

        @Test
        void aCommandWithoutTenantIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(establish(AWARDS))
                    .expectNoEvents()
                    .expectException(TenantMissingException.class);
        }

        @Test
        void blankNameIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(" ", CommissionKind.COMMISSION, ESTABLISHED_ON, null, BASIS,
                            CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "name"));
        }

        @Test
        void missingKindIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(NAME, null, ESTABLISHED_ON, null, BASIS,
                            CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
        }

        @Test
        void missingEstablishmentDateIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(NAME, CommissionKind.COMMISSION, null, null, BASIS,
                            CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "establishedOn"));
        }

        @Test
        void establishmentAfterTodayIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(NAME, CommissionKind.COMMISSION, TODAY.plusDays(1), null,
                            BASIS, CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "establishedOn"));
        }

        @Test
        void establishmentTodayInKyivIsAccepted() {
            CommissionDetails today = new CommissionDetails(NAME, CommissionKind.COMMISSION, TODAY, null, BASIS,
                    CommissionPurpose.AWARDS);
            fixture.givenNoPriorActivity()
                    .when(establish(today), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established(today));
        }

        @Test
        void abolitionAfterTodayIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(NAME, CommissionKind.COMMISSION, ESTABLISHED_ON,
                            TODAY.plusDays(1), BASIS, CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "abolishedOn"));
        }

        @Test
        void abolitionBeforeEstablishmentIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new CommissionDetails(NAME, CommissionKind.COMMISSION, ESTABLISHED_ON,
                            ESTABLISHED_ON.minusDays(1), BASIS, CommissionPurpose.AWARDS)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "abolishedOn"));
        }
    }

    @Nested
    class Abolishing {

        @Test
        void abolishesAWorkingCommissionNamingItsKindAndPurpose() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AbolishCommissionCommand(ID, ABOLISHED_ON), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(abolishedLater());
        }

        @Test
        void anAbolishedCommissionCannotBeAbolishedAgain() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedWithEstablishment()))
                    .when(new AbolishCommissionCommand(ID, TODAY), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_abolished", "abolishedOn"));
        }

        @Test
        void missingDateIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AbolishCommissionCommand(ID, null), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "abolishedOn"));
        }

        @Test
        void abolitionBeforeEstablishmentIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AbolishCommissionCommand(ID, ESTABLISHED_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "abolishedOn"));
        }

        @Test
        void abolitionAfterTodayIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AbolishCommissionCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "abolishedOn"));
        }

        @Test
        void abolitionBeforeAMeetingIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new AbolishCommissionCommand(ID, MEETING_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "meetings_outside_lifetime",
                            "abolishedOn"));
        }

        @Test
        void abolitionOnTheDayOfTheLastMeetingIsAccepted() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new AbolishCommissionCommand(ID, MEETING_ON), LYSYCHANSK)
                    .expectEvents(new CommissionAbolishedEvent(ID, CommissionKind.COMMISSION,
                            CommissionPurpose.AWARDS, MEETING_ON, false));
        }

        @Test
        void anotherTenantCannotAbolishTheCommission() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AbolishCommissionCommand(ID, ABOLISHED_ON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Members {

        @Test
        void addsAMember() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AddCommissionMemberCommand(ID, "Іваненко Іван Іванович", "голова комісії"), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", "голова комісії"));
        }

        @Test
        void thePositionIsOptionalAndABlankOneMeansUnknown() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AddCommissionMemberCommand(ID, " Іваненко Іван Іванович ", ""), LYSYCHANSK)
                    .expectEvents(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null));
        }

        @Test
        void aPersonIsAMemberOnceWhateverTheCaseAndSpaces() {
            fixture.given(inLysychansk(established(AWARDS)),
                            inLysychansk(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null)))
                    .when(new AddCommissionMemberCommand(ID, "іваненко  ІВАН іванович", "секретар"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "member_exists", "name"));
        }

        @Test
        void aBlankNameIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AddCommissionMemberCommand(ID, "  ", "секретар"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "name"));
        }

        @Test
        void removesAMemberByTheNameAsAdded() {
            fixture.given(inLysychansk(established(AWARDS)),
                            inLysychansk(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null)))
                    .when(new RemoveCommissionMemberCommand(ID, "ІВАНЕНКО Іван Іванович"), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionMemberRemovedEvent(ID, "Іваненко Іван Іванович"));
        }

        @Test
        void removingSomeoneWhoIsNotAMemberIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)),
                            inLysychansk(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null)),
                            inLysychansk(new CommissionMemberRemovedEvent(ID, "Іваненко Іван Іванович")))
                    .when(new RemoveCommissionMemberCommand(ID, "Іваненко Іван Іванович"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_a_member", "name"));
        }

        @Test
        void aFormerMemberCanJoinAgain() {
            fixture.given(inLysychansk(established(AWARDS)),
                            inLysychansk(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null)),
                            inLysychansk(new CommissionMemberRemovedEvent(ID, "Іваненко Іван Іванович")))
                    .when(new AddCommissionMemberCommand(ID, "Іваненко Іван Іванович", "секретар"), LYSYCHANSK)
                    .expectEvents(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", "секретар"));
        }

        @Test
        void theCompositionOfAnAbolishedCommissionCanStillBeRecorded() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedWithEstablishment()))
                    .when(new AddCommissionMemberCommand(ID, "Іваненко Іван Іванович", null), LYSYCHANSK)
                    .expectEvents(new CommissionMemberAddedEvent(ID, "Іваненко Іван Іванович", null));
        }

        @Test
        void anotherTenantCannotAddMembers() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new AddCommissionMemberCommand(ID, "Іваненко Іван Іванович", null), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Meetings {

        @Test
        void holdsAMeetingNamingTheCommissionsKindAndPurpose() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, GRANTS, PLAN), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(held("m-1", MEETING_ON, List.of(GRANTS, PLAN)))
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void aWorkingGroupsMeetingCarriesItsOwnKindAndPurpose() {
            fixture.given(inLysychansk(established(RENAMING)))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectEvents(new CommissionMeetingHeldEvent(ID, "m-1", CommissionKind.WORKING_GROUP,
                            CommissionPurpose.RENAMING, MEETING_ON, List.of(GRANTS), List.of()));
        }

        @Test
        void aMeetingFollowsACorrectedKindAndPurpose() {
            fixture.given(inLysychansk(established(AWARDS)),
                            inLysychansk(new CommissionCorrectedEvent(ID, AWARDS, RENAMING, REASON)))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectEvents(new CommissionMeetingHeldEvent(ID, "m-1", CommissionKind.WORKING_GROUP,
                            CommissionPurpose.RENAMING, MEETING_ON, List.of(GRANTS), List.of()));
        }

        @Test
        void aMeetingWithoutARecordedAgendaIsAccepted() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new HoldCommissionMeetingCommand(ID, "m-1", MEETING_ON, null), LYSYCHANSK)
                    .expectEvents(held("m-1", MEETING_ON, List.of()));
        }

        @Test
        void aBlankDecisionMeansNotYetKnown() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, new AgendaItem("1", "Про відзначення до Дня міста", " ")),
                            LYSYCHANSK)
                    .expectEvents(held("m-1", MEETING_ON, List.of(GRANTS)));
        }

        @Test
        void identicalRepeatRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON,
                            List.of(GRANTS, PLAN))))
                    .when(hold("m-1", MEETING_ON, GRANTS, PLAN), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void identicalRepeatIsRecognisedAfterADecisionWasRecorded() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))),
                            inLysychansk(new CommissionDecisionRecordedEvent(ID, "m-1", "1", "Відзначити 12 осіб")))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void sameMeetingIdWithOtherContentIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(hold("m-1", MEETING_ON, GRANTS, PLAN), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "meetingId"));
        }

        @Test
        void sameMeetingIdOnAnotherDayIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(hold("m-1", MEETING_ON.plusDays(1), GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "meetingId"));
        }

        @Test
        void missingMeetingIdIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold(null, MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "meetingId"));
        }

        @Test
        void missingDateIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", null, GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "heldOn"));
        }

        @Test
        void anAgendaItemWithoutTitleIsRejectedNamingTheItem() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, GRANTS, new AgendaItem("2", " ", null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "agenda[1].title"));
        }

        @Test
        void anAgendaItemWithoutIdIsRejectedNamingTheItem() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, new AgendaItem(null, "Про план", null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "agenda[0].itemId"));
        }

        @Test
        void anEmptyAgendaItemIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new HoldCommissionMeetingCommand(ID, "m-1", MEETING_ON, Arrays.asList(GRANTS, null)),
                            LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "agenda[1]"));
        }

        @Test
        void anItemIdTwiceOnOneAgendaIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, GRANTS, new AgendaItem("1", "Про план", null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "duplicate_agenda_item",
                            "agenda[1].itemId"));
        }

        @Test
        void aMeetingBeforeTheEstablishmentIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", ESTABLISHED_ON.minusDays(1), GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "heldOn"));
        }

        @Test
        void aMeetingAfterTheAbolitionIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()))
                    .when(hold("m-1", ABOLISHED_ON.plusDays(1), GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "commission_abolished", "heldOn"));
        }

        @Test
        void aMeetingOfAnAbolishedCommissionWithinItsLifetimeIsHistoryAndAccepted() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedWithEstablishment()))
                    .when(hold("m-1", ABOLISHED_ON, GRANTS), LYSYCHANSK)
                    .expectEvents(held("m-1", ABOLISHED_ON, List.of(GRANTS)));
        }

        @Test
        void aMeetingAfterTodayIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", TODAY.plusDays(1), GRANTS), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "heldOn"));
        }

        @Test
        void anotherTenantCannotRecordAMeeting() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, GRANTS), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Decisions {

        @Test
        void recordsADecisionAfterTheMeeting() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "1", "Відзначити 12 осіб"), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionDecisionRecordedEvent(ID, "m-1", "1", "Відзначити 12 осіб"));
        }

        @Test
        void aRepeatedDecisionRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))),
                            inLysychansk(new CommissionDecisionRecordedEvent(ID, "m-1", "1", "Відзначити 12 осіб")))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "1", "Відзначити 12 осіб"), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void theDecisionRecordedWithTheMeetingCountsAsRecorded() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(PLAN))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "2", PLAN.decision()), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anotherDecisionOnADecidedItemIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(PLAN))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "2", "Відхилити план"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "already_decided", "decision"));
        }

        @Test
        void anUnknownMeetingIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-2", "1", "Відзначити"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "unknown_meeting", "meetingId"));
        }

        @Test
        void anUnknownAgendaItemIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "7", "Відзначити"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "unknown_agenda_item", "itemId"));
        }

        @Test
        void anAwardPetitionIsNotDecidedAsAPlainItem() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "petition-p-1", "Погодити"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "award_petition_item", "itemId"));
        }

        @Test
        void aBlankDecisionIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "1", " "), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "decision"));
        }

        @Test
        void anotherTenantCannotRecordADecision() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new RecordCommissionDecisionCommand(ID, "m-1", "1", "Відзначити"), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class AwardPetitions {

        @Test
        void placesAPetitionOnThePendingAgenda() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(placed("p-1", PLACED_ON))
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void theSagasRepeatRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void aRepeatIsRecognisedAfterTheCommissionWasAbolished() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(abolishedLater()))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void thePetitionWithOtherContentIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)))
                    .when(new PlaceAwardPetitionOnAgendaCommand(ID, "p-1", "Сидоренко Марія", "gramota", PLACED_ON),
                            LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "petitionId"));
        }

        @Test
        void onlyAnAwardsCommissionConsidersPetitions() {
            fixture.given(inLysychansk(established(RENAMING)))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_an_awards_commission",
                            "commissionId"));
        }

        @Test
        void aCommissionWithoutStatedPurposeConsidersNoPetitions() {
            fixture.given(inLysychansk(new CommissionEstablishedEvent(ID, NAME, CommissionKind.COMMISSION,
                            ESTABLISHED_ON, null, null)))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "not_an_awards_commission",
                            "commissionId"));
        }

        @Test
        void anAbolishedCommissionConsidersNoPetitions() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()))
                    .when(place("p-1", PLACED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "commission_abolished",
                            "commissionId"));
        }

        @Test
        void aPetitionNeedsItsIdNomineeAwardTypeAndDate() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new PlaceAwardPetitionOnAgendaCommand(ID, " ", "Петренко Ганна", "honorary_gramota",
                            PLACED_ON), LYSYCHANSK)
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "petitionId"));
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new PlaceAwardPetitionOnAgendaCommand(ID, "p-1", null, "honorary_gramota", PLACED_ON),
                            LYSYCHANSK)
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "nominee"));
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new PlaceAwardPetitionOnAgendaCommand(ID, "p-1", "Петренко Ганна", "", PLACED_ON),
                            LYSYCHANSK)
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "awardType"));
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(place("p-1", null), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "placedOn"));
        }

        @Test
        void aPetitionPlacedAfterTodayIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(place("p-1", TODAY.plusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "placedOn"));
        }

        @Test
        void aPetitionPlacedBeforeTheEstablishmentIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(place("p-1", ESTABLISHED_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "placedOn"));
        }

        @Test
        void theNextMeetingTakesUpEveryWaitingPetition() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(placed("p-2", MEETING_ON)))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(heldWithPetitions("m-1", MEETING_ON, List.of(GRANTS), "p-1", "p-2"),
                            considered("m-1", "p-1", MEETING_ON), considered("m-1", "p-2", MEETING_ON));
        }

        @Test
        void aMeetingWithoutWaitingPetitionsConsidersNone() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(held("m-1", MEETING_ON, List.of(GRANTS)));
        }

        @Test
        void aRepeatOfAMeetingThatConsideredPetitionsRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(GRANTS), "p-1")),
                            inLysychansk(considered("m-1", "p-1", MEETING_ON)))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void aPetitionConsideredAtAMeetingIsDecidedNamingThatMeeting() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")),
                            inLysychansk(considered("m-1", "p-1", MEETING_ON)))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON.plusDays(1)), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", APPROVED, MEETING_ON.plusDays(1)));
        }

        @Test
        void aMeetingBeforeAPetitionArrivedDoesNotTakeItUp() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(placed("p-2", MEETING_ON.plusDays(1))))
                    .when(hold("m-1", MEETING_ON, GRANTS), LYSYCHANSK)
                    .expectEvents(heldWithPetitions("m-1", MEETING_ON, List.of(GRANTS), "p-1"),
                            considered("m-1", "p-1", MEETING_ON));
        }

        @Test
        void aPetitionIsTakenUpOnce() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(hold("m-2", MEETING_ON.plusMonths(1), GRANTS), LYSYCHANSK)
                    .expectEvents(held("m-2", MEETING_ON.plusMonths(1), List.of(GRANTS)));
        }

        @Test
        void anAgendaItemCannotTakeAPetitionsItemId() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)))
                    .when(hold("m-1", MEETING_ON, new AgendaItem("petition-p-1", "Про нагородження", null)),
                            LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "duplicate_agenda_item",
                            "agenda[0].itemId"));
        }

        @Test
        void decidesAPetitionTheMeetingConsidered() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", APPROVED, MEETING_ON));
        }

        @Test
        void aPetitionConsideredBeforeTheAbolitionCanStillBeDecided() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")),
                            inLysychansk(abolishedLater()))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", REJECTED, MEETING_ON), LYSYCHANSK)
                    .expectEvents(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", REJECTED, MEETING_ON));
        }

        @Test
        void aWaitingPetitionCannotBeDecided() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "petition_not_considered",
                            "petitionId"));
        }

        @Test
        void anUnknownPetitionCannotBeDecided() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new DecideAwardPetitionCommand(ID, "p-9", APPROVED, MEETING_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "petition_not_considered",
                            "petitionId"));
        }

        @Test
        void theSameOutcomeAgainRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")),
                            inLysychansk(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", APPROVED, MEETING_ON)))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON.plusDays(2)), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anotherOutcomeForADecidedPetitionIsAConflict() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")),
                            inLysychansk(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", APPROVED, MEETING_ON)))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", REJECTED, MEETING_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "already_decided", "outcome"));
        }

        @Test
        void aDecisionBeforeTheMeetingIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "decidedOn"));
        }

        @Test
        void aDecisionAfterTodayIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, TODAY.plusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "decidedOn"));
        }

        @Test
        void aDecisionNeedsAnOutcome() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", null, MEETING_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "outcome"));
        }

        @Test
        void anotherTenantCannotPlaceOrDecidePetitions() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(place("p-1", PLACED_ON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")))
                    .when(new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Correcting {

        @Test
        void correctsTheKindAndPurpose() {
            CommissionDetails corrected = new CommissionDetails(NAME, CommissionKind.WORKING_GROUP, ESTABLISHED_ON,
                    null, BASIS, CommissionPurpose.VETERANS);
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, corrected, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionCorrectedEvent(ID, AWARDS, corrected, REASON));
        }

        @Test
        void clearsAnAbolitionEnteredByMistakeSoTheCommissionCanBeAbolishedLater() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()))
                    .when(new CorrectCommissionCommand(ID, AWARDS, REASON), LYSYCHANSK_ADMIN)
                    .expectEvents(new CommissionCorrectedEvent(ID, ABOLISHED_AWARDS, AWARDS, REASON));
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()),
                            inLysychansk(new CommissionCorrectedEvent(ID, ABOLISHED_AWARDS, AWARDS, REASON)))
                    .when(new AbolishCommissionCommand(ID, TODAY), LYSYCHANSK)
                    .expectEvents(new CommissionAbolishedEvent(ID, CommissionKind.COMMISSION,
                            CommissionPurpose.AWARDS, TODAY, false));
        }

        @Test
        void aCorrectionMustGiveAReason() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, RENAMING, null), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void aCorrectionMustCarryTheCorrectedDetails() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, null, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
        }

        @Test
        void aCorrectionChangingNothingIsRejected() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, AWARDS, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
        }

        @Test
        void aBlankBasisCorrectsNothingWhenTheBasisIsUnknown() {
            CommissionDetails blankBasis = new CommissionDetails(RENAMING.name(), RENAMING.kind(),
                    RENAMING.establishedOn(), null, "  ", RENAMING.purpose());
            fixture.given(inLysychansk(established(RENAMING)))
                    .when(new CorrectCommissionCommand(ID, blankBasis, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
        }

        @Test
        void correctedDetailsAreValidatedLikeAnEstablishment() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, new CommissionDetails(NAME, null, ESTABLISHED_ON, null,
                            BASIS, CommissionPurpose.AWARDS), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
        }

        @Test
        void aCorrectedAbolitionCannotPrecedeTheEstablishment() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, new CommissionDetails(NAME, CommissionKind.COMMISSION,
                            ESTABLISHED_ON, ESTABLISHED_ON.minusDays(1), BASIS, CommissionPurpose.AWARDS), REASON),
                            LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "abolishedOn"));
        }

        @Test
        void aCorrectedAbolitionCannotBeAfterToday() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, new CommissionDetails(NAME, CommissionKind.COMMISSION,
                            ESTABLISHED_ON, TODAY.plusDays(1), BASIS, CommissionPurpose.AWARDS), REASON),
                            LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "abolishedOn"));
        }

        @Test
        void aCorrectionCannotLeaveAMeetingBeforeTheEstablishment() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(held("m-1", MEETING_ON, List.of(GRANTS))))
                    .when(new CorrectCommissionCommand(ID, new CommissionDetails(NAME, CommissionKind.COMMISSION,
                            MEETING_ON.plusDays(1), null, BASIS, CommissionPurpose.AWARDS), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "meetings_outside_lifetime",
                            "establishedOn"));
        }

        @Test
        void anAwardsCommissionWithUndecidedPetitionsKeepsItsPurpose() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)))
                    .when(new CorrectCommissionCommand(ID, RENAMING, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "award_petitions_pending", "purpose"));
        }

        @Test
        void anAwardsCommissionWhosePetitionsAreDecidedMayChangeItsPurpose() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(placed("p-1", PLACED_ON)),
                            inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(), "p-1")),
                            inLysychansk(new AwardPetitionDecidedEvent(ID, "m-1", "p-1", APPROVED, MEETING_ON)))
                    .when(new CorrectCommissionCommand(ID, RENAMING, REASON), LYSYCHANSK_ADMIN)
                    .expectEvents(new CommissionCorrectedEvent(ID, AWARDS, RENAMING, REASON));
        }

        @Test
        void anotherTenantCannotCorrectTheCommission() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new CorrectCommissionCommand(ID, RENAMING, REASON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void withdrawsACommissionEnteredInErrorWithTheDetailsItHad() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(abolishedLater()))
                    .when(new WithdrawCommissionCommand(ID, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommissionWithdrawnEvent(ID, ABOLISHED_AWARDS, REASON));
        }

        @Test
        void aRepeatedWithdrawalRecordsNothing() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(withdrawnCommission()))
                    .when(new WithdrawCommissionCommand(ID, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aWithdrawalMustGiveAReason() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new WithdrawCommissionCommand(ID, " "), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void aWithdrawnCommissionCannotChange() {
            List<Object> commands = List.of(
                    new AbolishCommissionCommand(ID, ABOLISHED_ON),
                    new CorrectCommissionCommand(ID, RENAMING, REASON),
                    new AddCommissionMemberCommand(ID, "Іваненко Іван Іванович", null),
                    new RemoveCommissionMemberCommand(ID, "Петренко Ганна"),
                    hold("m-2", MEETING_ON, GRANTS),
                    new RecordCommissionDecisionCommand(ID, "m-1", "1", "Відзначити"),
                    place("p-2", PLACED_ON),
                    new DecideAwardPetitionCommand(ID, "p-1", APPROVED, MEETING_ON));
            for (Object command : commands) {
                fixture.given(inLysychansk(established(AWARDS)),
                                inLysychansk(new CommissionMemberAddedEvent(ID, "Петренко Ганна", null)),
                                inLysychansk(placed("p-1", PLACED_ON)),
                                inLysychansk(heldWithPetitions("m-1", MEETING_ON, List.of(GRANTS), "p-1")),
                                inLysychansk(withdrawnCommission()))
                        .when(command, LYSYCHANSK_ADMIN)
                        .expectNoEvents()
                        .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
            }
        }

        @Test
        void theRefusalNamesTheClientIdOnly() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(withdrawnCommission()))
                    .when(new AbolishCommissionCommand(ID, ABOLISHED_ON), LYSYCHANSK)
                    .expectException(RejectedException.class)
                    .expectExceptionMessage("Commission awards was withdrawn as entered in error and can no longer "
                            + "change.");
        }

        @Test
        void anIdenticalRepeatOfTheEstablishmentIsStillRecognised() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(withdrawnCommission()))
                    .when(establish(AWARDS), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void anEstablishmentWithOtherContentMeetsTheWithdrawnRecord() {
            fixture.given(inLysychansk(established(AWARDS)), inLysychansk(withdrawnCommission()))
                    .when(establish(RENAMING), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }

        @Test
        void anotherTenantCannotWithdrawTheCommission() {
            fixture.given(inLysychansk(established(AWARDS)))
                    .when(new WithdrawCommissionCommand(ID, REASON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    private static EstablishCommissionCommand establish(CommissionDetails details) {
        return new EstablishCommissionCommand(ID, details.name(), details.kind(), details.establishedOn(),
                details.abolishedOn(), details.basis(), details.purpose());
    }

    private static HoldCommissionMeetingCommand hold(String meetingId, LocalDate heldOn, AgendaItem... agenda) {
        return new HoldCommissionMeetingCommand(ID, meetingId, heldOn, List.of(agenda));
    }

    private static PlaceAwardPetitionOnAgendaCommand place(String petitionId, LocalDate placedOn) {
        return new PlaceAwardPetitionOnAgendaCommand(ID, petitionId, "Петренко Ганна", "honorary_gramota", placedOn);
    }

    private static CommissionEstablishedEvent established(CommissionDetails details) {
        return new CommissionEstablishedEvent(ID, details.name(), details.kind(), details.establishedOn(),
                details.basis(), details.purpose());
    }

    private static CommissionAbolishedEvent abolishedWithEstablishment() {
        return new CommissionAbolishedEvent(ID, CommissionKind.COMMISSION, CommissionPurpose.AWARDS, ABOLISHED_ON,
                true);
    }

    private static CommissionAbolishedEvent abolishedLater() {
        return new CommissionAbolishedEvent(ID, CommissionKind.COMMISSION, CommissionPurpose.AWARDS, ABOLISHED_ON,
                false);
    }

    private static CommissionMeetingHeldEvent held(String meetingId, LocalDate heldOn, List<AgendaItem> agenda) {
        return heldWithPetitions(meetingId, heldOn, agenda);
    }

    private static CommissionMeetingHeldEvent heldWithPetitions(String meetingId, LocalDate heldOn,
                                                                List<AgendaItem> agenda, String... petitionIds) {
        List<AwardPetitionAgendaItem> petitions = Arrays.stream(petitionIds)
                .map(id -> new AwardPetitionAgendaItem("petition-" + id, id, "Петренко Ганна", "honorary_gramota"))
                .toList();
        return new CommissionMeetingHeldEvent(ID, meetingId, CommissionKind.COMMISSION, CommissionPurpose.AWARDS,
                heldOn, agenda, petitions);
    }

    private static AwardPetitionConsideredEvent considered(String meetingId, String petitionId, LocalDate heldOn) {
        return new AwardPetitionConsideredEvent(ID, meetingId, petitionId, heldOn);
    }

    private static AwardPetitionPlacedOnAgendaEvent placed(String petitionId, LocalDate placedOn) {
        return new AwardPetitionPlacedOnAgendaEvent(ID, petitionId, "Петренко Ганна", "honorary_gramota", placedOn);
    }

    private static CommissionWithdrawnEvent withdrawnCommission() {
        return new CommissionWithdrawnEvent(ID, AWARDS, REASON);
    }
}
