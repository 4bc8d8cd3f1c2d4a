package ua.hromada.registry.streetcommittee;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.DissolveStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.EstablishStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.RecordStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeElectionCommand;
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

class StreetCommitteeTest {

    private static final StreetCommitteeId ID = StreetCommitteeId.of(lysychansk("sc-1"));
    private static final String STREET = "вул. Шевченка";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 3, 10);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 6, 30);
    private static final LocalDate ELECTED_ON = LocalDate.of(2019, 4, 20);
    private static final String HEAD = "Петренко Ганна Іванівна";
    private static final String REASON = "дата з протоколу загальних зборів";

    private static final StreetCommitteeDetails WORKING = new StreetCommitteeDetails(STREET, ESTABLISHED_ON, null);
    private static final StreetCommitteeDetails DISSOLVED =
            new StreetCommitteeDetails(STREET, ESTABLISHED_ON, DISSOLVED_ON);
    private static final StreetCommitteeElectionDetails ELECTION =
            new StreetCommitteeElectionDetails(ELECTED_ON, HEAD);

    private FixtureConfiguration<StreetCommittee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(StreetCommittee.class);
    }

    @Nested
    class Establishing {

        @Test
        void establishesANewCommittee() {
            fixture.givenNoPriorActivity()
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established())
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void importOfADissolvedCommitteeEstablishesThenDissolvesIt() {
            fixture.givenNoPriorActivity()
                    .when(establish(DISSOLVED), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established(), new StreetCommitteeDissolvedEvent(ID, STREET, DISSOLVED_ON, true))
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void identicalRepeatRecordsNothing() {
            fixture.given(inLysychansk(established()))
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void identicalRepeatOfAnImportRecordsNothing() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedWithEstablishment()))
                    .when(establish(DISSOLVED), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void importWithoutTheDissolutionItCameWithIsAConflict() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedWithEstablishment()))
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
        }

        @Test
        void repeatIsRecognisedAfterALaterDissolution() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void aLaterDissolutionDoesNotMakeAnImportWithItTheSameRecord() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(establish(DISSOLVED), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
        }

        @Test
        void repeatIsRecognisedAfterACorrection() {
            fixture.given(inLysychansk(established()), inLysychansk(new StreetCommitteeCorrectedEvent(ID, WORKING,
                            new StreetCommitteeDetails("вул. Тараса Шевченка", ESTABLISHED_ON, null), REASON)))
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void sameIdWithOtherContentIsAConflictNamingTheClientIdOnly() {
            fixture.given(inLysychansk(established()))
                    .when(establish(new StreetCommitteeDetails("вул. Руська", ESTABLISHED_ON, null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                    .expectExceptionMessage("Street committee id sc-1 is already recorded with different details.");
        }

        @Test
        void anotherTenantCannotReachTheCommittee() {
            fixture.given(inLysychansk(established()))
                    .when(establish(WORKING), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }

        @Test
        void aCommandWithoutTenantIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(establish(WORKING))
                    .expectNoEvents()
                    .expectException(TenantMissingException.class);
        }

        @Test
        void blankStreetIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(" ", ESTABLISHED_ON, null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "street"));
        }

        @Test
        void missingEstablishmentDateIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, null, null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "establishedOn"));
        }

        @Test
        void establishmentAfterTodayIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, TODAY.plusDays(1), null)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "establishedOn"));
        }

        @Test
        void establishmentTodayInKyivIsAccepted() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, TODAY, null)), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeEstablishedEvent(ID, STREET, TODAY));
        }

        @Test
        void dissolutionAfterTodayIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, ESTABLISHED_ON, TODAY.plusDays(1))), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "dissolvedOn"));
        }

        @Test
        void dissolutionBeforeEstablishmentIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, ESTABLISHED_ON, ESTABLISHED_ON.minusDays(1))),
                            LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "dissolvedOn"));
        }

        @Test
        void dissolutionOnTheDayOfEstablishmentIsAccepted() {
            fixture.givenNoPriorActivity()
                    .when(establish(new StreetCommitteeDetails(STREET, ESTABLISHED_ON, ESTABLISHED_ON)), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(established(), new StreetCommitteeDissolvedEvent(ID, STREET, ESTABLISHED_ON, true));
        }
    }

    @Nested
    class Dissolving {

        @Test
        void dissolvesAWorkingCommittee() {
            fixture.given(inLysychansk(established()))
                    .when(new DissolveStreetCommitteeCommand(ID, DISSOLVED_ON), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(dissolvedLater());
        }

        @Test
        void aDissolvedCommitteeCannotBeDissolvedAgain() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(new DissolveStreetCommitteeCommand(ID, DISSOLVED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_dissolved", "dissolvedOn"));
        }

        @Test
        void anImportedDissolutionCountsAsDissolved() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedWithEstablishment()))
                    .when(new DissolveStreetCommitteeCommand(ID, TODAY), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_dissolved", "dissolvedOn"));
        }

        @Test
        void missingDateIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(new DissolveStreetCommitteeCommand(ID, null), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "dissolvedOn"));
        }

        @Test
        void dissolutionBeforeEstablishmentIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(new DissolveStreetCommitteeCommand(ID, ESTABLISHED_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "dissolvedOn"));
        }

        @Test
        void dissolutionAfterTodayIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(new DissolveStreetCommitteeCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "dissolvedOn"));
        }

        @Test
        void dissolutionBeforeAnElectionOfTheCommitteeIsRejected() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(new DissolveStreetCommitteeCommand(ID, ELECTED_ON.minusDays(1)), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "elections_outside_lifetime",
                            "dissolvedOn"));
        }

        @Test
        void aWithdrawnElectionDoesNotHoldTheDissolutionBack() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", ELECTION, REASON)))
                    .when(new DissolveStreetCommitteeCommand(ID, ELECTED_ON.minusDays(1)), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeDissolvedEvent(ID, STREET, ELECTED_ON.minusDays(1), false));
        }

        @Test
        void aCommitteeWhoseDissolutionWasCorrectedAwayCanBeDissolvedAgain() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()),
                            inLysychansk(new StreetCommitteeCorrectedEvent(ID, DISSOLVED, WORKING, REASON)))
                    .when(new DissolveStreetCommitteeCommand(ID, TODAY), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeDissolvedEvent(ID, STREET, TODAY, false));
        }

        @Test
        void anotherTenantCannotDissolveTheCommittee() {
            fixture.given(inLysychansk(established()))
                    .when(new DissolveStreetCommitteeCommand(ID, DISSOLVED_ON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class RecordingElections {

        @Test
        void recordsAnElectionWithTheStreet() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeElectionRecordedEvent(ID, "e-1", ELECTED_ON, HEAD, STREET))
                    .expectResultMessagePayload(CreationOutcome.CREATED);
        }

        @Test
        void theHeadIsOptionalAndABlankHeadMeansUnknown() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", ELECTED_ON, "  "), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeElectionRecordedEvent(ID, "e-1", ELECTED_ON, null, STREET));
        }

        @Test
        void theElectionNamesTheStreetAsCorrected() {
            fixture.given(inLysychansk(established()), inLysychansk(new StreetCommitteeCorrectedEvent(ID, WORKING,
                            new StreetCommitteeDetails("вул. Тараса Шевченка", ESTABLISHED_ON, null), REASON)))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectEvents(new StreetCommitteeElectionRecordedEvent(ID, "e-1", ELECTED_ON, HEAD,
                            "вул. Тараса Шевченка"));
        }

        @Test
        void identicalRepeatRecordsNothing() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void identicalRepeatIsRecognisedAfterACorrectionOfTheElection() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionCorrectedEvent(ID, "e-1", ELECTION,
                                    new StreetCommitteeElectionDetails(ELECTED_ON.plusDays(1), HEAD), REASON)))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void sameElectionIdWithOtherContentIsAConflict() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(elect("e-1", ELECTED_ON, "Коваль Олег"), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "electionId"));
        }

        @Test
        void anotherElectionIdIsAnotherElection() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(elect("e-2", ELECTED_ON.plusYears(2), "Коваль Олег"), LYSYCHANSK)
                    .expectEvents(new StreetCommitteeElectionRecordedEvent(ID, "e-2", ELECTED_ON.plusYears(2),
                            "Коваль Олег", STREET));
        }

        @Test
        void missingElectionIdIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(elect(" ", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "electionId"));
        }

        @Test
        void missingDateIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", null, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "heldOn"));
        }

        @Test
        void anElectionBeforeTheEstablishmentIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", ESTABLISHED_ON.minusDays(1), HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "heldOn"));
        }

        @Test
        void anElectionAfterTheDissolutionIsRejected() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(elect("e-1", DISSOLVED_ON.plusDays(1), HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "committee_dissolved", "heldOn"));
        }

        @Test
        void anElectionOfADissolvedCommitteeWithinItsLifetimeIsHistoryAndAccepted() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedWithEstablishment()))
                    .when(elect("e-1", DISSOLVED_ON, HEAD), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeElectionRecordedEvent(ID, "e-1", DISSOLVED_ON, HEAD, STREET));
        }

        @Test
        void anElectionAfterTodayIsRejected() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", TODAY.plusDays(1), HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "heldOn"));
        }

        @Test
        void electionsFollowACorrectedEstablishmentDate() {
            fixture.given(inLysychansk(established()), inLysychansk(new StreetCommitteeCorrectedEvent(ID, WORKING,
                            new StreetCommitteeDetails(STREET, ELECTED_ON.plusDays(1), null), REASON)))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "heldOn"));
        }

        @Test
        void anotherTenantCannotRecordAnElection() {
            fixture.given(inLysychansk(established()))
                    .when(elect("e-1", ELECTED_ON, HEAD), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class CorrectingElections {

        private final StreetCommitteeElectionDetails corrected =
                new StreetCommitteeElectionDetails(ELECTED_ON.plusDays(7), "Петренко Г. І.");

        @Test
        void correctsTheDateAndTheHead() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", corrected, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeElectionCorrectedEvent(ID, "e-1", ELECTION, corrected, REASON));
        }

        @Test
        void aSecondCorrectionStartsFromTheFirst() {
            StreetCommitteeElectionDetails again = new StreetCommitteeElectionDetails(ELECTED_ON, null);
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionCorrectedEvent(ID, "e-1", ELECTION, corrected,
                                    REASON)))
                    .when(correctElection("e-1", again, REASON), LYSYCHANSK_ADMIN)
                    .expectEvents(new StreetCommitteeElectionCorrectedEvent(ID, "e-1", corrected, again, REASON));
        }

        @Test
        void aCorrectionMustGiveAReason() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", corrected, " "), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void aCorrectionChangingNothingIsRejected() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", ELECTION, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
        }

        @Test
        void anUnknownElectionCannotBeCorrected() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-9", corrected, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "unknown_election", "electionId"));
        }

        @Test
        void theCorrectedDateCannotBeAfterToday() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", new StreetCommitteeElectionDetails(TODAY.plusDays(1), HEAD), REASON),
                            LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "heldOn"));
        }

        @Test
        void theCorrectedDateCannotPrecedeTheEstablishment() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", new StreetCommitteeElectionDetails(ESTABLISHED_ON.minusDays(1), HEAD),
                            REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "heldOn"));
        }

        @Test
        void theCorrectedDateIsRequired() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(correctElection("e-1", new StreetCommitteeElectionDetails(null, HEAD), REASON),
                            LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "heldOn"));
        }

        @Test
        void aWithdrawnElectionCannotBeCorrected() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", ELECTION, REASON)))
                    .when(correctElection("e-1", corrected, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }
    }

    @Nested
    class WithdrawingElections {

        @Test
        void withdrawsAnElectionEnteredInError() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", ELECTION, REASON));
        }

        @Test
        void theWithdrawalCarriesTheCorrectedElection() {
            StreetCommitteeElectionDetails corrected = new StreetCommitteeElectionDetails(ELECTED_ON, null);
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionCorrectedEvent(ID, "e-1", ELECTION, corrected,
                                    REASON)))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", REASON), LYSYCHANSK_ADMIN)
                    .expectEvents(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", corrected, REASON));
        }

        @Test
        void aRepeatedWithdrawalRecordsNothing() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", ELECTION, REASON)))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aWithdrawalMustGiveAReason() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", null), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void anUnknownElectionCannotBeWithdrawn() {
            fixture.given(inLysychansk(established()))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "unknown_election", "electionId"));
        }

        @Test
        void theIdOfAWithdrawnElectionStaysTaken() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(new StreetCommitteeElectionWithdrawnEvent(ID, "e-1", ELECTION, REASON)))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }
    }

    @Nested
    class CorrectingTheCommittee {

        @Test
        void correctsTheStreet() {
            StreetCommitteeDetails corrected = new StreetCommitteeDetails("вул. Тараса Шевченка", ESTABLISHED_ON, null);
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, corrected, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeCorrectedEvent(ID, WORKING, corrected, REASON));
        }

        @Test
        void clearsADissolutionEnteredByMistake() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(new CorrectStreetCommitteeCommand(ID, WORKING, REASON), LYSYCHANSK_ADMIN)
                    .expectEvents(new StreetCommitteeCorrectedEvent(ID, DISSOLVED, WORKING, REASON));
        }

        @Test
        void aCorrectionMustGiveAReason() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, DISSOLVED, ""), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void aCorrectionMustCarryTheCorrectedDetails() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, null, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "corrected"));
        }

        @Test
        void aCorrectionChangingNothingIsRejected() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(new CorrectStreetCommitteeCommand(ID, DISSOLVED, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
        }

        @Test
        void correctedDetailsAreValidatedLikeAnEstablishment() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, new StreetCommitteeDetails(null, ESTABLISHED_ON, null),
                            REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "street"));
        }

        @Test
        void aCorrectedDissolutionCannotPrecedeTheEstablishment() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, new StreetCommitteeDetails(STREET, ESTABLISHED_ON,
                            ESTABLISHED_ON.minusYears(1)), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "dissolvedOn"));
        }

        @Test
        void aCorrectedEstablishmentCannotBeAfterToday() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, new StreetCommitteeDetails(STREET, TODAY.plusDays(1),
                            null), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "establishedOn"));
        }

        @Test
        void aCorrectionCannotLeaveAnElectionBeforeTheEstablishment() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(new CorrectStreetCommitteeCommand(ID, new StreetCommitteeDetails(STREET,
                            ELECTED_ON.plusDays(1), null), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "elections_outside_lifetime",
                            "establishedOn"));
        }

        @Test
        void aCorrectionCannotLeaveAnElectionAfterTheDissolution() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)))
                    .when(new CorrectStreetCommitteeCommand(ID, new StreetCommitteeDetails(STREET, ESTABLISHED_ON,
                            ELECTED_ON.minusDays(1)), REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "elections_outside_lifetime",
                            "dissolvedOn"));
        }

        @Test
        void anotherTenantCannotCorrectTheCommittee() {
            fixture.given(inLysychansk(established()))
                    .when(new CorrectStreetCommitteeCommand(ID, DISSOLVED, REASON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void withdrawsACommitteeEnteredInErrorWithTheDetailsItHad() {
            fixture.given(inLysychansk(established()), inLysychansk(dissolvedLater()))
                    .when(new WithdrawStreetCommitteeCommand(ID, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StreetCommitteeWithdrawnEvent(ID, DISSOLVED, REASON));
        }

        @Test
        void aRepeatedWithdrawalRecordsNothing() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(new WithdrawStreetCommitteeCommand(ID, REASON), LYSYCHANSK_ADMIN)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aWithdrawalMustGiveAReason() {
            fixture.given(inLysychansk(established()))
                    .when(new WithdrawStreetCommitteeCommand(ID, null), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        }

        @Test
        void aWithdrawnCommitteeCannotBeDissolved() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(new DissolveStreetCommitteeCommand(ID, DISSOLVED_ON), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null))
                    .expectException(RejectedException.class)
                    .expectExceptionMessage("Street committee sc-1 was withdrawn as entered in error and can no "
                            + "longer change.");
        }

        @Test
        void aWithdrawnCommitteeCannotBeCorrected() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(new CorrectStreetCommitteeCommand(ID, DISSOLVED, REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }

        @Test
        void aWithdrawnCommitteeCannotHoldElections() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(elect("e-1", ELECTED_ON, HEAD), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }

        @Test
        void electionsOfAWithdrawnCommitteeCannotBeCorrectedOrWithdrawn() {
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(withdrawnCommittee()))
                    .when(new WithdrawStreetCommitteeElectionCommand(ID, "e-1", REASON), LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
            fixture.given(inLysychansk(established()), inLysychansk(elected("e-1", ELECTION)),
                            inLysychansk(withdrawnCommittee()))
                    .when(correctElection("e-1", new StreetCommitteeElectionDetails(ELECTED_ON, null), REASON),
                            LYSYCHANSK_ADMIN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }

        @Test
        void anIdenticalRepeatOfTheEstablishmentIsStillRecognised() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(establish(WORKING), LYSYCHANSK)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
        }

        @Test
        void anEstablishmentWithOtherContentMeetsTheWithdrawnRecord() {
            fixture.given(inLysychansk(established()), inLysychansk(withdrawnCommittee()))
                    .when(establish(DISSOLVED), LYSYCHANSK)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        }

        @Test
        void anotherTenantCannotWithdrawTheCommittee() {
            fixture.given(inLysychansk(established()))
                    .when(new WithdrawStreetCommitteeCommand(ID, REASON), NIZHYN)
                    .expectNoEvents()
                    .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
        }
    }

    private static EstablishStreetCommitteeCommand establish(StreetCommitteeDetails details) {
        return new EstablishStreetCommitteeCommand(ID, details.street(), details.establishedOn(),
                details.dissolvedOn());
    }

    private static RecordStreetCommitteeElectionCommand elect(String electionId, LocalDate heldOn, String headName) {
        return new RecordStreetCommitteeElectionCommand(ID, electionId, heldOn, headName);
    }

    private static CorrectStreetCommitteeElectionCommand correctElection(String electionId,
                                                                        StreetCommitteeElectionDetails corrected,
                                                                        String reason) {
        return new CorrectStreetCommitteeElectionCommand(ID, electionId, corrected.heldOn(), corrected.headName(),
                reason);
    }

    private static StreetCommitteeEstablishedEvent established() {
        return new StreetCommitteeEstablishedEvent(ID, STREET, ESTABLISHED_ON);
    }

    private static StreetCommitteeDissolvedEvent dissolvedWithEstablishment() {
        return new StreetCommitteeDissolvedEvent(ID, STREET, DISSOLVED_ON, true);
    }

    private static StreetCommitteeDissolvedEvent dissolvedLater() {
        return new StreetCommitteeDissolvedEvent(ID, STREET, DISSOLVED_ON, false);
    }

    private static StreetCommitteeElectionRecordedEvent elected(String electionId,
                                                               StreetCommitteeElectionDetails election) {
        return new StreetCommitteeElectionRecordedEvent(ID, electionId, election.heldOn(), election.headName(), STREET);
    }

    private static StreetCommitteeWithdrawnEvent withdrawnCommittee() {
        return new StreetCommitteeWithdrawnEvent(ID, WORKING, REASON);
    }
}
