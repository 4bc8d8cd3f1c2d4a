package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ua.hromada.web.problem.NotFoundException;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The interceptors wired by auto-configuration alone, through Axon's real gateways and buses. */
@SpringBootTest(classes = TenancyMessagingAutoConfigurationTest.Messaging.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"axon.axonserver.enabled=false", "axon.serializer.general=jackson"})
class TenancyMessagingAutoConfigurationTest {

    @Autowired
    private CommandGateway commandGateway;

    @Autowired
    private QueryGateway queryGateway;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void commandsReachTheirHandlersWithTheCallersTenantAndUser() {
        signIn("nizhyn-clerk", "nizhyn", "clerk");

        Map<String, Object> metaData = commandGateway.sendAndWait(new Touch("nizhyn:org-1"));

        assertThat(metaData).containsEntry("tenant", "nizhyn").containsEntry("user", "nizhyn-clerk");
    }

    @Test
    void queriesReachTheirHandlersWithTheCallersTenantAndUser() {
        signIn("nizhyn-auditor", "nizhyn", "auditor");

        Caller caller = queryGateway.query(new WhoAsks(), ResponseTypes.instanceOf(Caller.class)).join();

        assertThat(caller).isEqualTo(new Caller("nizhyn", "nizhyn-auditor"));
    }

    @Test
    void theCommandBusRefusesACommandForAnotherTenantsAggregate() {
        signIn("nizhyn-clerk", "nizhyn", "clerk");

        assertThatThrownBy(() -> commandGateway.sendAndWait(new Touch("lysychansk:org-1")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCommandBusRefusesACommandWithoutTenant() {
        assertThatThrownBy(() -> commandGateway.sendAndWait(new Touch("nizhyn:org-1")))
                .isInstanceOf(TenantMissingException.class);
    }

    private static void signIn(String user, String tenant, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(TestTokens.authentication(user, tenant, roles));
    }

    record Touch(@TargetAggregateIdentifier String id) {
    }

    record WhoAsks() {
    }

    record Caller(String tenant, String user) {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(EchoHandlers.class)
    static class Messaging {
    }

    /** Answers with the metadata each message arrived with. */
    @Component
    static class EchoHandlers {

        @CommandHandler
        Map<String, Object> handle(Touch command, MetaData metaData) {
            return new HashMap<>(metaData);
        }

        @QueryHandler
        Caller handle(WhoAsks query, MetaData metaData) {
            return new Caller((String) metaData.get(TenantMetaData.TENANT), (String) metaData.get(TenantMetaData.USER));
        }
    }
}
