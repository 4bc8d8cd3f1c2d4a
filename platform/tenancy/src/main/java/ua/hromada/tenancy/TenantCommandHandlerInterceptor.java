package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import ua.hromada.web.problem.NotFoundException;

import java.util.Optional;

/**
 * Guards every command handler, aggregates included: a command must carry a well-formed tenant, and a command
 * that addresses an aggregate must address one of that tenant, i.e. its target identifier must be the
 * {@link TenantScopedId} {@code <tenant>:<client id>} of the command's own tenant. Another tenant's aggregate is
 * reported as not found, exactly like an id nobody used, so ids reveal nothing about other councils.
 */
public class TenantCommandHandlerInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targetResolver;

    public TenantCommandHandlerInterceptor() {
        this(new AnnotatedCommandTargets());
    }

    /** @param targetResolver the resolver the aggregates' command handlers use, so both agree on the target */
    public TenantCommandHandlerInterceptor(CommandTargetResolver targetResolver) {
        this.targetResolver = targetResolver;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String tenant = tenantOf(command);
        Optional<String> target = targetOf(command);
        if (target.isPresent() && !TenantScopedId.tryParse(target.get()).filter(id -> id.belongsTo(tenant)).isPresent()) {
            String clientId = TenantScopedId.tryParse(target.get()).map(TenantScopedId::clientId).orElse(target.get());
            throw new NotFoundException("not_found", "id", "No record with id " + clientId + " exists.");
        }
        return interceptorChain.proceed();
    }

    private static String tenantOf(CommandMessage<?> command) {
        if (command.getMetaData().get(TenantMetaData.TENANT) instanceof String tenant && TenantScopedId.isTenant(tenant)) {
            return tenant;
        }
        throw new TenantMissingException("Command " + command.getCommandName() + " carries no tenant.");
    }

    /**
     * Empty for a command that creates an aggregate through a constructor: it names no existing aggregate. The
     * resolver has no other way to say so than an {@link IllegalArgumentException}.
     */
    private Optional<String> targetOf(CommandMessage<?> command) {
        try {
            return Optional.of(targetResolver.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException noTarget) {
            return Optional.empty();
        }
    }
}
