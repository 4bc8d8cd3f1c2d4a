package ua.hromada.registry.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyConfigurationTest {

    private final TenancyConfiguration configuration = new TenancyConfiguration();
    private final TenancyProperties tenancy = new TenancyProperties("lysychansk");

    @Test
    void commandsGetTheDefaultTenantAndTheAnonymousUser() {
        MessageDispatchInterceptor<CommandMessage<?>> interceptor =
                configuration.tenancyCommandDispatchInterceptor(tenancy);

        CommandMessage<?> stamped = interceptor.handle(GenericCommandMessage.asCommandMessage("register"));

        assertThat(stamped.getMetaData()).containsEntry("tenant", "lysychansk").containsEntry("user", "anonymous");
    }

    @Test
    void aTenantAndUserAlreadyCarriedAreKept() {
        MessageDispatchInterceptor<CommandMessage<?>> interceptor =
                configuration.tenancyCommandDispatchInterceptor(tenancy);
        CommandMessage<?> fromAnEventHandler = GenericCommandMessage.asCommandMessage("register")
                .andMetaData(MetaData.with("tenant", "nizhyn").and("user", "nizhyn-clerk"));

        CommandMessage<?> stamped = interceptor.handle(fromAnEventHandler);

        assertThat(stamped.getMetaData()).containsEntry("tenant", "nizhyn").containsEntry("user", "nizhyn-clerk");
    }

    @Test
    void queriesGetTheDefaultTenant() {
        MessageDispatchInterceptor<QueryMessage<?, ?>> interceptor =
                configuration.tenancyQueryDispatchInterceptor(tenancy);

        QueryMessage<?, ?> stamped = interceptor.handle(
                new GenericQueryMessage<>("find", ResponseTypes.instanceOf(String.class)));

        assertThat(stamped.getMetaData()).containsEntry("tenant", "lysychansk");
    }
}
