package ua.hromada.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.List;
import java.util.function.Supplier;

/**
 * Decides every request to a council's records ({@code /api/**} outside tenant management) from the service's
 * {@link ApiAccessRule}s: reads are open to the council's clerks, admins and auditors unless a rule narrows them,
 * writes only to the roles a rule names. A caller whose role would do but whose token names no council is refused
 * with a {@link TenantMissingDecision}.
 */
final class CouncilApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final List<ApiAccessRule> rules;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    CouncilApiAuthorization(List<ApiAccessRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    @SuppressWarnings("deprecation") // the one abstract method of AuthorizationManager in Spring Security 6
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (!trustResolver.isAuthenticated(caller)) {
            return DENIED;
        }
        CurrentUser user = CurrentUser.of(caller);
        if (!roleAllows(user, context.getRequest())) {
            return DENIED;
        }
        if (user.tenant().isPresent() || platformWide(user, context.getRequest())) {
            return GRANTED;
        }
        return new TenantMissingDecision();
    }

    private boolean platformWide(CurrentUser user, HttpServletRequest request) {
        return rules.stream().anyMatch(rule -> rule.matches(request) && rule.allowsWithoutCouncil(user));
    }

    private boolean roleAllows(CurrentUser user, HttpServletRequest request) {
        List<ApiAccessRule> matching = rules.stream().filter(rule -> rule.matches(request)).toList();
        if (!matching.isEmpty()) {
            return matching.stream().anyMatch(rule -> rule.allows(user));
        }
        return isRead(request) && Role.COUNCIL_READERS.stream().anyMatch(user::mayActAs);
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
    }
}
