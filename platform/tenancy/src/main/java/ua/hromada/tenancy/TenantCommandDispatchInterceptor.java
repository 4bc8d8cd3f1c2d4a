package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps the caller's tenant and user id on every command sent while serving a request, so the events it causes
 * carry them too (the event store's correlation data provider copies both). The token's tenant replaces any tenant
 * the sender set; a caller without one (a platform admin managing tenants) keeps the tenant it set. On threads
 * without a caller, such as event processors, commands keep the tenant and user of the event being handled.
 */
public class TenantCommandDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final TenantContext tenantContext;

    public TenantCommandDispatchInterceptor(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> commands) {
        return (index, command) -> tenantContext.currentUser()
                .<CommandMessage<?>>map(user -> command.andMetaData(CallerMetaData.of(user)))
                .orElse(command);
    }
}
