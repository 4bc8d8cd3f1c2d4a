package ua.hromada.registry.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * Stamps the tenant and the user on every command and query as it is dispatched. From a command they travel on
 * to the events it causes (the event store's correlation data provider copies them), and from an event to the
 * commands sent while handling it.
 */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    /** Who acts until SSO tells us: nobody is signed in before it. */
    static final String ANONYMOUS_USER = "anonymous";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> tenancyCommandDispatchInterceptor(TenancyProperties tenancy) {
        return messages -> (index, command) -> command.andMetaData(missingTenancy(command.getMetaData(), tenancy));
    }

    @Bean
    MessageDispatchInterceptor<QueryMessage<?, ?>> tenancyQueryDispatchInterceptor(TenancyProperties tenancy) {
        return messages -> (index, query) -> query.andMetaData(missingTenancy(query.getMetaData(), tenancy));
    }

    /**
     * Only what is missing: a command sent while handling an event already carries that event's tenant, which
     * must win over the default.
     */
    static Map<String, String> missingTenancy(MetaData present, TenancyProperties tenancy) {
        Map<String, String> missing = new HashMap<>();
        if (!present.containsKey(TenancyMetaData.TENANT)) {
            missing.put(TenancyMetaData.TENANT, tenancy.defaultTenant());
        }
        if (!present.containsKey(TenancyMetaData.USER)) {
            missing.put(TenancyMetaData.USER, ANONYMOUS_USER);
        }
        return missing;
    }
}
