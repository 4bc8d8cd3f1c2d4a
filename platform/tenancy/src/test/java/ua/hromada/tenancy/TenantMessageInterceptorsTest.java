package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.hromada.web.problem.NotFoundException;
import ua.hromada.web.problem.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantMessageInterceptorsTest {

    private final TenantContext tenantContext = new TenantContext();
    private final TenantCommandDispatchInterceptor commandStamp = new TenantCommandDispatchInterceptor(tenantContext);
    private final TenantQueryDispatchInterceptor queryStamp = new TenantQueryDispatchInterceptor(tenantContext);
    private final TenantCommandHandlerInterceptor guard = new TenantCommandHandlerInterceptor();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void commandsSentForACallerCarryItsTenantAndUser() {
        signIn("lysychansk-clerk", "lysychansk", "clerk");

        CommandMessage<?> stamped = commandStamp.handle(command(new Rename("lysychansk:org-1", "Світанок")));

        assertThat(stamped.getMetaData()).containsEntry("tenant", "lysychansk").containsEntry("user", "lysychansk-clerk");
    }

    @Test
    void theTokensTenantReplacesATenantTheSenderSet() {
        signIn("lysychansk-clerk", "lysychansk", "clerk");
        CommandMessage<?> claimingNizhyn = command(new Rename("nizhyn:org-1", "Світанок"))
                .andMetaData(MetaData.with("tenant", "nizhyn").and("user", "someone-else"));

        CommandMessage<?> stamped = commandStamp.handle(claimingNizhyn);

        assertThat(stamped.getMetaData()).containsEntry("tenant", "lysychansk").containsEntry("user", "lysychansk-clerk");
    }

    @Test
    void aCallerWithoutTenantKeepsTheTenantItNamed() {
        signIn("platform-admin", null, "platform-admin");
        CommandMessage<?> onboarding = command(new Create("welcome")).andMetaData(MetaData.with("tenant", "nizhyn"));

        CommandMessage<?> stamped = commandStamp.handle(onboarding);

        assertThat(stamped.getMetaData()).containsEntry("tenant", "nizhyn").containsEntry("user", "platform-admin");
    }

    @Test
    void withoutACallerMessagesKeepTheTenantOfTheEventBeingHandled() {
        CommandMessage<?> fromASaga = command(new Rename("nizhyn:org-1", "Світанок"))
                .andMetaData(MetaData.with("tenant", "nizhyn").and("user", "nizhyn-clerk"));

        assertThat(commandStamp.handle(fromASaga).getMetaData()).isEqualTo(fromASaga.getMetaData());
    }

    @Test
    void queriesSentForACallerCarryItsTenantAndUser() {
        signIn("nizhyn-auditor", "nizhyn", "auditor");

        QueryMessage<?, ?> stamped = queryStamp.handle(
                new GenericQueryMessage<>("find", ResponseTypes.instanceOf(String.class)));

        assertThat(stamped.getMetaData()).containsEntry("tenant", "nizhyn").containsEntry("user", "nizhyn-auditor");
    }

    @Test
    void aCommandWithoutTenantIsRefused() {
        assertThatThrownBy(() -> handle(command(new Rename("lysychansk:org-1", "Світанок"))))
                .isInstanceOf(TenantMissingException.class);
    }

    @Test
    void aCommandWithAMalformedTenantIsRefused() {
        CommandMessage<?> command = command(new Create("x")).andMetaData(MetaData.with("tenant", "lysychansk:nizhyn"));

        assertThatThrownBy(() -> handle(command)).isInstanceOf(TenantMissingException.class);
    }

    @Test
    void aCommandForAnAggregateOfItsTenantProceeds() throws Exception {
        CommandMessage<?> command = command(new Rename("lysychansk:org-1", "Світанок"))
                .andMetaData(MetaData.with("tenant", "lysychansk"));

        assertThat(handle(command)).isEqualTo("handled");
    }

    @Test
    void aCommandForAnotherTenantsAggregateIsNotFoundAndNamesOnlyTheClientId() {
        CommandMessage<?> command = command(new Rename("lysychansk:org-1", "Світанок"))
                .andMetaData(MetaData.with("tenant", "nizhyn"));

        assertThatThrownBy(() -> handle(command)).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining("lysychansk")
                .satisfies(refused -> assertThat(((RejectedException) refused).field()).isEqualTo("id"));
    }

    @Test
    void aCommandForAnUnscopedAggregateIdIsNotFound() {
        CommandMessage<?> command = command(new Rename("org-1", "Світанок")).andMetaData(MetaData.with("tenant", "nizhyn"));

        assertThatThrownBy(() -> handle(command)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCommandThatAddressesNoAggregateOnlyNeedsATenant() throws Exception {
        CommandMessage<?> command = command(new Create("welcome")).andMetaData(MetaData.with("tenant", "nizhyn"));

        assertThat(handle(command)).isEqualTo("handled");
    }

    private Object handle(CommandMessage<?> command) throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        try {
            return guard.handle(unitOfWork, () -> "handled");
        } finally {
            unitOfWork.rollback();
        }
    }

    private static void signIn(String user, String tenant, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(TestTokens.authentication(user, tenant, roles));
    }

    private static CommandMessage<?> command(Object payload) {
        return GenericCommandMessage.asCommandMessage(payload);
    }

    record Rename(@TargetAggregateIdentifier String id, String name) {
    }

    record Create(String name) {
    }
}
