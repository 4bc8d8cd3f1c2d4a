package ua.hromada.tenancy;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Optional;

/**
 * The caller of the request being served on this thread, read from Spring Security's context. Empty on threads
 * that serve no request, such as event processors: messages sent there carry the tenant of the event they handle.
 */
public class TenantContext {

    private final SecurityContextHolderStrategy securityContext;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    public TenantContext() {
        this(SecurityContextHolder.getContextHolderStrategy());
    }

    public TenantContext(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    /** The signed-in caller, or empty for an anonymous request or a thread that serves none. */
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (!trustResolver.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        return Optional.of(CurrentUser.of(authentication));
    }

    /** The caller's council; refuses when there is none (answered 403 {@code tenant_missing}). */
    public String requireTenant() {
        return currentUser().flatMap(CurrentUser::tenant)
                .orElseThrow(() -> new TenantMissingException("The caller's token names no council."));
    }

    /** The aggregate identifier of {@code clientId} within the caller's council. */
    public TenantScopedId scope(String clientId) {
        return TenantScopedId.of(requireTenant(), clientId);
    }
}
