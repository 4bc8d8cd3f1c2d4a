package ua.hromada.registry.council;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.council.CouncilId;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.OnboardCouncilCommand;
import ua.hromada.tenancy.TenantCommandHandlerInterceptor;
import ua.hromada.tenancy.TenantMissingException;
import ua.hromada.web.problem.RejectedException;
import ua.hromada.web.problem.RejectionKind;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    private static final Instant NOW_IN_MILLIS = Instant.parse("2026-11-25T10:15:30.123Z");
    private static final String NAME = "Ніжинська міська рада";
    private static final String EMAIL = "admin@nizhyn.example";
    private static final CouncilId NIZHYN_ID = CouncilCode.councilId("nizhyn");
    /** As the onboarding service sends it: the council's own code as tenant, the platform admin as user. */
    private static final MetaData AS_NIZHYN = MetaData.with("tenant", "nizhyn").and("user", "platform-admin");

    private FixtureConfiguration<Council> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Council.class);
        fixture.registerCommandHandlerInterceptor(new TenantCommandHandlerInterceptor());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Kyiv")));
    }

    @Test
    void theCouncilIdIsScopedByItsOwnCode() {
        assertThat(NIZHYN_ID.value()).isEqualTo("nizhyn:council");
    }

    @Test
    void onboardsANewCouncil() {
        fixture.givenNoPriorActivity()
                .when(onboard("nizhyn", NAME, EMAIL), AS_NIZHYN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CouncilOnboardedEvent(NIZHYN_ID, "nizhyn", NAME, EMAIL, NOW_IN_MILLIS))
                .expectResultMessagePayload(new CouncilView("nizhyn", NAME, EMAIL, NOW_IN_MILLIS));
    }

    @Test
    void aSecondOnboardingOfTheCodeIsRefused() {
        fixture.given(GenericEventMessage.asEventMessage(
                        new CouncilOnboardedEvent(NIZHYN_ID, "nizhyn", NAME, EMAIL, NOW_IN_MILLIS)).andMetaData(AS_NIZHYN))
                .when(onboard("nizhyn", "Інша рада", "other@nizhyn.example"), AS_NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.CONFLICT, Council.TENANT_EXISTS, "code"));
    }

    @Test
    void aCommandCarryingAnotherTenantCannotReachTheCouncil() {
        fixture.givenNoPriorActivity()
                .when(onboard("nizhyn", NAME, EMAIL), MetaData.with("tenant", "lysychansk"))
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.NOT_FOUND, "not_found", "id"));
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(onboard("nizhyn", NAME, EMAIL))
                .expectNoEvents()
                .expectException(TenantMissingException.class);
    }

    @Test
    void aCodeOutsideTheRuleIsRejected() {
        CouncilId id = CouncilId.of("nizhyn_:council");
        fixture.givenNoPriorActivity()
                .when(new OnboardCouncilCommand(id, "nizhyn_", NAME, EMAIL), MetaData.with("tenant", "nizhyn_"))
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "invalid_code", "code"));
    }

    @Test
    void anIdThatIsNotTheCodesIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new OnboardCouncilCommand(CouncilId.of("nizhyn:other"), "nizhyn", NAME, EMAIL), AS_NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "invalid_id", "councilId"));
    }

    @Test
    void aBlankNameIsRejected() {
        fixture.givenNoPriorActivity()
                .when(onboard("nizhyn", "  ", EMAIL), AS_NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "required", "name"));
    }

    @Test
    void anAddressThatIsNoEmailIsRejected() {
        fixture.givenNoPriorActivity()
                .when(onboard("nizhyn", NAME, "admin-at-nizhyn"), AS_NIZHYN)
                .expectNoEvents()
                .expectException(rejectedAs(RejectionKind.INVALID_INPUT, "invalid_email", "adminEmail"));
    }

    private static OnboardCouncilCommand onboard(String code, String name, String adminEmail) {
        return new OnboardCouncilCommand(CouncilCode.councilId(code), code, name, adminEmail);
    }

    private static Matcher<RejectedException> rejectedAs(RejectionKind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException rejected) {
                return rejected.kind() == kind && rejected.code().equals(code) && field.equals(rejected.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection " + code + " of field " + field);
            }
        };
    }
}
