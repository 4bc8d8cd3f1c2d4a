package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Carries the tenant on every message: commands and queries sent while serving a request get the caller's tenant
 * and user, and command handlers refuse commands without a tenant or aimed at another tenant's aggregate. Axon's
 * auto-configuration registers interceptor beans with the gateways and the command bus, but only if they are
 * defined when it is processed ({@code @ConditionalOnBean}), hence the ordering before it.
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration")
@ConditionalOnClass(name = "org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration")
public class TenancyMessagingAutoConfiguration {

    @Bean
    public MessageDispatchInterceptor<CommandMessage<?>> tenantCommandDispatchInterceptor(TenantContext tenantContext) {
        return new TenantCommandDispatchInterceptor(tenantContext);
    }

    @Bean
    public MessageDispatchInterceptor<QueryMessage<?, ?>> tenantQueryDispatchInterceptor(TenantContext tenantContext) {
        return new TenantQueryDispatchInterceptor(tenantContext);
    }

    /** Every aggregate's commands resolve their target by annotations found once per command class. */
    @Bean
    @ConditionalOnMissingBean(CommandTargetResolver.class)
    public CommandTargetResolver annotatedCommandTargets() {
        return new AnnotatedCommandTargets();
    }

    @Bean
    public MessageHandlerInterceptor<CommandMessage<?>> tenantCommandHandlerInterceptor(
            ObjectProvider<CommandTargetResolver> targetResolver) {
        return new TenantCommandHandlerInterceptor(
                targetResolver.getIfAvailable(AnnotatedCommandTargets::new));
    }
}
