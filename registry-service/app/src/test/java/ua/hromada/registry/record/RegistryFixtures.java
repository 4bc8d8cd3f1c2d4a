package ua.hromada.registry.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import ua.hromada.tenancy.TenantCommandHandlerInterceptor;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.web.problem.RejectedException;
import ua.hromada.web.problem.RejectionKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What every registry aggregate's fixture test sets up the same way: tenants, the council's clock, matchers; and the
 * JSON mapper every directory projection test stores its views with.
 */
public final class RegistryFixtures {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** "Today" of every fixture: the last day of the annual report's year. */
    public static final LocalDate TODAY = LocalDate.of(2021, 12, 31);
    public static final MetaData LYSYCHANSK =
            MetaData.with("tenant", "lysychansk").and("user", "lysychansk-clerk");
    public static final MetaData LYSYCHANSK_ADMIN =
            MetaData.with("tenant", "lysychansk").and("user", "lysychansk-admin");
    public static final MetaData NIZHYN = MetaData.with("tenant", "nizhyn").and("user", "nizhyn-clerk");

    private RegistryFixtures() {
    }

    /**
     * A fixture as the service's command bus runs it: only commands of the aggregate's own tenant reach it, and
     * "today" is {@link #TODAY} late in the evening in Kyiv (already the next day in UTC), so date rules must use
     * the council's day.
     */
    public static <T> FixtureConfiguration<T> fixtureFor(Class<T> aggregateType) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregateType);
        fixture.registerCommandHandlerInterceptor(new TenantCommandHandlerInterceptor());
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(LocalTime.of(23, 30)).atZone(KYIV).toInstant(),
                KYIV));
        return fixture;
    }

    /** A mapper as the service's: Java dates written as ISO strings, as the directories store views. */
    public static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The aggregate id of {@code clientId} in tenant lysychansk. */
    public static String lysychansk(String clientId) {
        return TenantScopedId.of("lysychansk", clientId).value();
    }

    /** An event as it was stored: with the tenant and user of the command that caused it. */
    public static Object inTenant(Object event, MetaData metaData) {
        return GenericEventMessage.asEventMessage(event).andMetaData(metaData);
    }

    public static Object inLysychansk(Object event) {
        return inTenant(event, LYSYCHANSK);
    }

    /** A rejection of the given kind and code naming {@code field} ({@code null}: naming no field). */
    public static Matcher<RejectedException> rejectedAs(RejectionKind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException rejected) {
                return rejected.kind() == kind && rejected.code().equals(code)
                        && Objects.equals(field, rejected.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection with code " + code + " naming field " + field);
            }

            @Override
            protected void describeMismatchSafely(RejectedException rejected, Description description) {
                description.appendText("was a " + rejected.kind() + " rejection with code " + rejected.code()
                        + " naming field " + rejected.field() + ": " + rejected.getMessage());
            }
        };
    }
}
