package ua.hromada.registry.organisation;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationRegistration;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.tenancy.TenantCommandHandlerInterceptor;
import ua.hromada.tenancy.TenantMissingException;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.web.problem.RejectedException;
import ua.hromada.web.problem.RejectionKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

class OrganisationTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final LocalDate TODAY = LocalDate.of(2021, 12, 31);
    private static final OrganisationId ID = OrganisationId.of(TenantScopedId.of("lysychansk", "org-1").value());
    private static final MetaData LYSYCHANSK = MetaData.with("tenant", "lysychansk").and("user", "lysychansk-clerk");
    private static final MetaData NIZHYN = MetaData.with("tenant", "nizhyn").and("user", "nizhyn-clerk");

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        // As on the service's command bus: only commands of the organisation's own tenant reach it.
        fixture.registerCommandHandlerInterceptor(new TenantCommandHandlerInterceptor());
        // Late evening in Kyiv is already the next day in UTC: "today" must be Kyiv's.
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(LocalTime.of(23, 30)).atZone(KYIV).toInstant(),
                KYIV));
    }

    @Test
    void registersANewOrganisation() {
        fixture.givenNoPriorActivity()
                .when(register("Світанок"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("Світанок"))
                .expectResultMessagePayload(new OrganisationRegistration(ID, true));
    }

    @Test
    void identicalRepeatRecordsNothing() {
        fixture.given(inTenant(registered("Світанок"), LYSYCHANSK))
                .when(register("Світанок"), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new OrganisationRegistration(ID, false));
    }

    @Test
    void sameIdWithOtherContentIsAConflict() {
        fixture.given(inTenant(registered("Світанок"), LYSYCHANSK))
                .when(register("Схід"), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, "id_conflict", "id"));
    }

    @Test
    void conflictNamesTheClientIdOnly() {
        fixture.given(inTenant(registered("Світанок"), LYSYCHANSK))
                .when(register("Схід"), LYSYCHANSK)
                .expectException(RejectedException.class)
                .expectExceptionMessage("Organisation id org-1 is already registered with different details.");
    }

    @Test
    void anotherTenantCannotReachTheOrganisationEvenWithItsScopedId() {
        fixture.given(inTenant(registered("Світанок"), LYSYCHANSK))
                .when(register("Світанок"), NIZHYN)
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
                .when(new RegisterOrganisationCommand(ID, null, "Світанок", TODAY, null, null), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "kind"));
    }

    @Test
    void registrationDateInTheFutureIsRejected() {
        fixture.givenNoPriorActivity()
                .when(registerOn(TODAY.plusDays(1)), LYSYCHANSK)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.BUSINESS_RULE, "registered_in_future", "registeredOn"));
    }

    @Test
    void registrationDatedTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(registerOn(TODAY), LYSYCHANSK)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationRegisteredEvent(ID, OrganisationKind.NGO, "Світанок", TODAY, null,
                        "12345678"));
    }

    private static RegisterOrganisationCommand register(String name) {
        return new RegisterOrganisationCommand(ID, OrganisationKind.NGO, name, LocalDate.of(2019, 5, 14), null,
                "12345678");
    }

    private static RegisterOrganisationCommand registerOn(LocalDate registeredOn) {
        return new RegisterOrganisationCommand(ID, OrganisationKind.NGO, "Світанок", registeredOn, null, "12345678");
    }

    private static OrganisationRegisteredEvent registered(String name) {
        return new OrganisationRegisteredEvent(ID, OrganisationKind.NGO, name, LocalDate.of(2019, 5, 14), null,
                "12345678");
    }

    private static Object inTenant(OrganisationRegisteredEvent event, MetaData metaData) {
        return GenericEventMessage.asEventMessage(event).andMetaData(metaData);
    }

    private static Matcher<RejectedException> rejectedAs(RejectionKind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException rejected) {
                return rejected.kind() == kind && rejected.code().equals(code) && field.equals(rejected.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection with code " + code + " naming field " + field);
            }
        };
    }
}
