package ua.hromada.registry.council;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.api.council.OnboardCouncilCommand;
import ua.hromada.registry.council.InMemoryIdentityProvider.Step;
import ua.hromada.tenancy.TenantCommandHandlerInterceptor;
import ua.hromada.web.problem.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding across Keycloak (a fake that fails on request) and a real Axon command bus, aggregate and event store
 * (in memory): whatever step fails, nothing is left half-created on either side.
 */
class CouncilOnboardingTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123Z");
    private static final String CODE = "nizhyn";
    private static final String NAME = "Ніжинська міська рада";
    private static final String EMAIL = "admin@nizhyn.example";

    private final InMemoryIdentityProvider keycloak = new InMemoryIdentityProvider();
    private Configuration axon;
    private CouncilOnboarding onboarding;

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(configuration -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                // As the platform's event store does: events carry the tenant and user of their command.
                .configureCorrelationDataProviders(configuration -> List.of(
                        new SimpleCorrelationDataProvider("tenant", "user")))
                .configureCommandBus(configuration -> {
                    SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
                    commandBus.registerHandlerInterceptor(
                            new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
                    // As on the service's command bus: only commands of the council's own tenant reach it.
                    commandBus.registerHandlerInterceptor(new TenantCommandHandlerInterceptor());
                    return commandBus;
                })
                .registerComponent(Clock.class, configuration -> Clock.fixed(NOW, ZoneId.of("Europe/Kyiv")))
                .configureAggregate(Council.class)
                .start();
        onboarding = new CouncilOnboarding(keycloak, axon.commandGateway(), axon.eventStore());
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    @Test
    void onboardingCreatesTheGroupTheAdminAndTheEvent() {
        OnboardedCouncil council = onboarding.onboard(CODE, NAME, EMAIL);

        assertThat(council.code()).isEqualTo(CODE);
        assertThat(council.name()).isEqualTo(NAME);
        assertThat(council.adminUsername()).isEqualTo(EMAIL);
        assertThat(council.onboardedAt()).isEqualTo(NOW);
        assertThat(council.adminTemporaryPassword()).hasSize(20);
        InMemoryIdentityProvider.Group group = keycloak.group(CODE).orElseThrow();
        assertThat(group.attributes()).isEqualTo(Map.of("tenant", CODE, "name", NAME));
        InMemoryIdentityProvider.User admin = keycloak.user(EMAIL).orElseThrow();
        assertThat(admin.temporaryPassword()).isEqualTo(council.adminTemporaryPassword());
        assertThat(admin.requiredActions()).containsExactly("UPDATE_PASSWORD");
        assertThat(admin.realmRoles()).containsExactly("admin");
        assertThat(keycloak.membersOf(CODE)).containsExactly(admin.id());
        List<? extends DomainEventMessage<?>> events = events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayload()).isEqualTo(new CouncilOnboardedEvent(CouncilCode.councilId(CODE), CODE,
                NAME, EMAIL, NOW));
        assertThat(events.get(0).getMetaData()).containsEntry("tenant", CODE);
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"CREATE_GROUP", "CREATE_USER", "GRANT_ROLE", "ADD_TO_COUNCIL"})
    void aFailureAtAnyKeycloakStepLeavesNothingBehind(Step failing) {
        keycloak.failOn(failing);

        assertThatThrownBy(() -> onboarding.onboard(CODE, NAME, EMAIL))
                .isInstanceOf(IdentityProviderFailedException.class)
                .satisfies(failure -> assertThat(((IdentityProviderFailedException) failure).leftBehind()).isEmpty());

        assertNothingLeft();
    }

    @Test
    void anUnexpectedFailureIsAnIdentityProviderFailureToo() {
        IllegalStateException unexpected = new IllegalStateException("connection pool shut down");
        keycloak.failOn(Step.GRANT_ROLE, unexpected);

        assertThatThrownBy(() -> onboarding.onboard(CODE, NAME, EMAIL))
                .isInstanceOf(IdentityProviderFailedException.class)
                .hasCause(unexpected);

        assertNothingLeft();
    }

    @Test
    void aTakenAdminAddressIsAConflictAndTheNewGroupIsRemoved() {
        keycloak.createUser(EMAIL, "someone-elses-password");

        assertThatThrownBy(() -> onboarding.onboard(CODE, NAME, EMAIL))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("admin_exists");
                    assertThat(conflict.field()).isEqualTo("adminEmail");
                });

        assertThat(keycloak.groupCount()).isZero();
        assertThat(keycloak.user(EMAIL)).map(InMemoryIdentityProvider.User::temporaryPassword)
                .contains("someone-elses-password");
        assertThat(events()).isEmpty();
    }

    @Test
    void anExistingKeycloakGroupIsTenantExistsAndStaysUntouched() {
        String existing = keycloak.existingGroup(CODE);

        assertTenantExists(() -> onboarding.onboard(CODE, NAME, EMAIL));

        assertThat(keycloak.group(CODE)).map(InMemoryIdentityProvider.Group::id).contains(existing);
        assertThat(keycloak.userCount()).isZero();
        assertThat(keycloak.calls()).containsExactly(Step.CREATE_GROUP);
        assertThat(events()).isEmpty();
    }

    @Test
    void aCouncilInTheEventStoreIsRefusedBeforeKeycloakIsAsked() {
        onboarding.onboard(CODE, NAME, EMAIL);
        keycloak.reset();

        assertTenantExists(() -> onboarding.onboard(CODE, "Інша рада", "other@nizhyn.example"));

        assertThat(keycloak.calls()).isEmpty();
        assertThat(events()).hasSize(1);
    }

    @Test
    void losingARaceForTheCodeUndoesKeycloak() {
        keycloak.whileCreatingGroup(code -> axon.commandGateway().sendAndWait(
                GenericCommandMessage.asCommandMessage(new OnboardCouncilCommand(CouncilCode.councilId(code), code,
                        NAME, "winner@nizhyn.example")).andMetaData(Map.of("tenant", code))));

        assertTenantExists(() -> onboarding.onboard(CODE, NAME, EMAIL));

        assertThat(keycloak.groupCount()).isZero();
        assertThat(keycloak.userCount()).isZero();
        assertThat(keycloak.calls()).endsWith(Step.DELETE_USER, Step.DELETE_GROUP);
        assertThat(events()).hasSize(1);
        assertThat(((CouncilOnboardedEvent) events().get(0).getPayload()).adminEmail())
                .isEqualTo("winner@nizhyn.example");
    }

    @Test
    void whatCannotBeUndoneIsNamedAndTheRestIsStillUndone() {
        keycloak.failOn(Step.ADD_TO_COUNCIL);
        keycloak.failOn(Step.DELETE_USER);

        assertThatThrownBy(() -> onboarding.onboard(CODE, NAME, EMAIL))
                .isInstanceOfSatisfying(IdentityProviderFailedException.class, failure -> assertThat(
                        failure.leftBehind()).containsExactly("user " + keycloak.user(EMAIL).orElseThrow().id()));

        assertThat(keycloak.groupCount()).isZero();
        assertThat(events()).isEmpty();
    }

    private void assertNothingLeft() {
        assertThat(keycloak.groupCount()).as("groups left in Keycloak").isZero();
        assertThat(keycloak.userCount()).as("users left in Keycloak").isZero();
        assertThat(events()).as("events stored").isEmpty();
    }

    private static void assertTenantExists(ThrowingCallable onboardingCall) {
        assertThatThrownBy(onboardingCall).isInstanceOfSatisfying(ConflictException.class, conflict -> {
            assertThat(conflict.code()).isEqualTo("tenant_exists");
            assertThat(conflict.field()).isEqualTo("code");
        });
    }

    private List<? extends DomainEventMessage<?>> events() {
        return axon.eventStore().readEvents(CouncilCode.councilId(CODE).value()).asStream().toList();
    }
}
