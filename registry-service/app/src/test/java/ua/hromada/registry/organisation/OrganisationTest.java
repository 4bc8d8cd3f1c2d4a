package ua.hromada.registry.organisation;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.organisation.AmendOrganisationCommand;
import ua.hromada.registry.api.organisation.CorrectOrganisationCommand;
import ua.hromada.registry.api.organisation.LiquidateOrganisationCommand;
import ua.hromada.registry.api.organisation.OrganisationAmendedEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRenamedEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.registry.api.organisation.RenameOrganisationCommand;
import ua.hromada.registry.api.organisation.WithdrawOrganisationCommand;
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

class OrganisationTest {

    private static final OrganisationId ID = OrganisationId.of(lysychansk("org-1"));
    private static final LocalDate REGISTERED_ON = LocalDate.of(2019, 5, 14);
    private static final OrganisationDetails DETAILS = new OrganisationDetails(OrganisationKind.NGO, "Світанок",
            REGISTERED_ON, null, null, "12345678");

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureFor(Organisation.class);
    }

    @Test
    void registersANewOrganisation() {
        fixture.givenNoPriorActivity()
                .when(register("Світанок"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("Світанок"))
                .expectResultMessagePayload(CreationOutcome.CREATED);
    }

    @Test
    void aHistoricalRecordComesRegisteredAndLiquidated() {
        fixture.givenNoPriorActivity()
                .when(registerLiquidated(LocalDate.of(2021, 3, 1)), LYSYCHANSK)
                .expectEvents(registered("Світанок"),
                        new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO, LocalDate.of(2021, 3, 1)));
    }

    @Test
    void identicalRepeatRecordsNothing() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(register("Світанок"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void repeatOfAHistoricalLineAfterItsLiquidationRecordsNothing() {
        fixture.given(inLysychansk(registered("Світанок")),
                        inLysychansk(new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO, LocalDate.of(2021, 3, 1))))
                .when(registerLiquidated(LocalDate.of(2021, 3, 1)), LYSYCHANSK)
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void repeatWithAnotherLiquidationDateIsAConflict() {
        fixture.given(inLysychansk(registered("Світанок")),
                        inLysychansk(new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO, LocalDate.of(2021, 3, 1))))
                .when(registerLiquidated(LocalDate.of(2021, 4, 1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void sameIdWithOtherContentIsAConflictNamingTheClientIdOnly() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(register("Схід"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"))
                .expectExceptionMessage("Organisation id org-1 is already recorded with different details.");
    }

    @Test
    void anotherTenantCannotReachTheOrganisationEvenWithItsScopedId() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new LiquidateOrganisationCommand(ID, LocalDate.of(2021, 1, 1)), NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("Світанок"))
                .expectNoEvents()
                .expectException(TenantMissingException.class);
    }

    @Test
    void blankNameIsRejected() {
        fixture.givenNoPriorActivity()
                .when(register("   "), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "name"));
    }

    @Test
    void missingKindIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(ID, null, "Світанок", TODAY, null, null, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void registrationDateInTheFutureIsRejectedButTodayInKyivIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(ID, OrganisationKind.NGO, "Світанок", TODAY.plusDays(1), null,
                        null, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "registeredOn"));
        fixtureFor(Organisation.class).givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(ID, OrganisationKind.NGO, "Світанок", TODAY, null, null, null),
                        LYSYCHANSK)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void liquidationBeforeRegistrationIsRejectedNamingTheLiquidationDate() {
        fixture.givenNoPriorActivity()
                .when(registerLiquidated(REGISTERED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "liquidatedOn"));
    }

    @Test
    void amendsPartyAndCode() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new AmendOrganisationCommand(ID, null, "87654321", LocalDate.of(2020, 2, 3)), LYSYCHANSK)
                .expectEvents(new OrganisationAmendedEvent(ID, null, "87654321", LocalDate.of(2020, 2, 3)));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new AmendOrganisationCommand(ID, null, "12345678", LocalDate.of(2020, 2, 3)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_amend", null));
    }

    @Test
    void renamesKeepingThePreviousName() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new RenameOrganisationCommand(ID, "Світанок-Схід", LocalDate.of(2020, 6, 1)), LYSYCHANSK)
                .expectEvents(new OrganisationRenamedEvent(ID, "Світанок", "Світанок-Схід", LocalDate.of(2020, 6, 1)));
    }

    @Test
    void renamingToTheSameNameOrBeforeRegistrationIsRefused() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new RenameOrganisationCommand(ID, "Світанок", LocalDate.of(2020, 6, 1)), LYSYCHANSK)
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "same_name", "name"));
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new RenameOrganisationCommand(ID, "Схід", REGISTERED_ON.minusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "renamedOn"));
    }

    @Test
    void liquidatesCarryingTheKind() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new LiquidateOrganisationCommand(ID, LocalDate.of(2021, 3, 1)), LYSYCHANSK)
                .expectEvents(new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO, LocalDate.of(2021, 3, 1)));
    }

    @Test
    void aLiquidatedOrganisationCannotBeLiquidatedRenamedOrAmended() {
        Object liquidated = inLysychansk(new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO,
                LocalDate.of(2021, 3, 1)));
        fixture.given(inLysychansk(registered("Світанок")), liquidated)
                .when(new LiquidateOrganisationCommand(ID, LocalDate.of(2021, 4, 1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_liquidated", "liquidatedOn"));
        fixture.given(inLysychansk(registered("Світанок")), liquidated)
                .when(new RenameOrganisationCommand(ID, "Схід", LocalDate.of(2021, 4, 1)), LYSYCHANSK)
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "already_liquidated", "liquidatedOn"));
    }

    @Test
    void liquidationInTheFutureIsRefused() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new LiquidateOrganisationCommand(ID, TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "date_in_future", "liquidatedOn"));
    }

    @Test
    void aCorrectionKeepsWhatWasRecordedBeforeAndTheReason() {
        OrganisationDetails corrected = new OrganisationDetails(OrganisationKind.CHARITY, "Світанок",
                LocalDate.of(2019, 5, 4), null, null, "12345678");
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new CorrectOrganisationCommand(ID, corrected, "typo in the date and kind"), LYSYCHANSK_ADMIN)
                .expectEvents(new OrganisationCorrectedEvent(ID, DETAILS, corrected, "typo in the date and kind"));
    }

    @Test
    void aCorrectionMayTakeBackALiquidationEnteredByMistake() {
        OrganisationDetails liquidated = new OrganisationDetails(OrganisationKind.NGO, "Світанок", REGISTERED_ON,
                LocalDate.of(2021, 3, 1), null, "12345678");
        fixture.given(inLysychansk(registered("Світанок")),
                        inLysychansk(new OrganisationLiquidatedEvent(ID, OrganisationKind.NGO, LocalDate.of(2021, 3, 1))))
                .when(new CorrectOrganisationCommand(ID, DETAILS, "liquidated the wrong organisation"),
                        LYSYCHANSK_ADMIN)
                .expectEvents(new OrganisationCorrectedEvent(ID, liquidated, DETAILS,
                        "liquidated the wrong organisation"));
    }

    @Test
    void aCorrectionNeedsAReasonAChangeAndValidDetails() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new CorrectOrganisationCommand(ID, DETAILS, " "), LYSYCHANSK_ADMIN)
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new CorrectOrganisationCommand(ID, DETAILS, "no change"), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "nothing_to_correct", null));
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new CorrectOrganisationCommand(ID, new OrganisationDetails(OrganisationKind.NGO, "Світанок",
                        REGISTERED_ON, REGISTERED_ON.minusDays(1), null, null), "liquidation"), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "dates_out_of_order", "liquidatedOn"));
    }

    @Test
    void aWithdrawalCarriesWhatWasWithdrawnAndIsFinal() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new WithdrawOrganisationCommand(ID, "entered twice"), LYSYCHANSK_ADMIN)
                .expectEvents(new OrganisationWithdrawnEvent(ID, DETAILS, "entered twice"));
        Object withdrawn = inLysychansk(new OrganisationWithdrawnEvent(ID, DETAILS, "entered twice"));
        fixture.given(inLysychansk(registered("Світанок")), withdrawn)
                .when(new WithdrawOrganisationCommand(ID, "entered twice"), LYSYCHANSK_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(inLysychansk(registered("Світанок")), withdrawn)
                .when(new RenameOrganisationCommand(ID, "Схід", LocalDate.of(2021, 4, 1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "record_withdrawn", null));
        fixture.given(inLysychansk(registered("Світанок")), withdrawn)
                .when(new CorrectOrganisationCommand(ID, DETAILS, "revive"), LYSYCHANSK_ADMIN)
                .expectException(RejectedException.class);
        fixture.given(inLysychansk(registered("Світанок")), withdrawn)
                .when(register("Світанок"), LYSYCHANSK)
                .expectNoEvents()
                .expectResultMessagePayload(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(inLysychansk(registered("Світанок")))
                .when(new WithdrawOrganisationCommand(ID, null), LYSYCHANSK_ADMIN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "reason"));
    }

    private static RegisterOrganisationCommand register(String name) {
        return new RegisterOrganisationCommand(ID, OrganisationKind.NGO, name, REGISTERED_ON, null, null,
                "12345678");
    }

    private static RegisterOrganisationCommand registerLiquidated(LocalDate liquidatedOn) {
        return new RegisterOrganisationCommand(ID, OrganisationKind.NGO, "Світанок", REGISTERED_ON, liquidatedOn,
                null, "12345678");
    }

    private static OrganisationRegisteredEvent registered(String name) {
        return new OrganisationRegisteredEvent(ID, OrganisationKind.NGO, name, REGISTERED_ON, null, "12345678");
    }
}
