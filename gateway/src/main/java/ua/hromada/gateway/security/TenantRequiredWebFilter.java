package ua.hromada.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import ua.hromada.gateway.problem.ProblemResponses;

import java.util.Optional;

/**
 * Lets an authenticated API call through only when its token names a council: every service keeps each
 * council's records apart by that claim. The one exception is a platform admin onboarding councils, who
 * belongs to none.
 */
final class TenantRequiredWebFilter implements WebFilter {

    static final String CODE = "tenant_missing";

    private static final PathPattern TENANT_ONBOARDING = PathPatternParser.defaultInstance.parse("/api/tenants/**");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .flatMap(authentication -> Mono.justOrEmpty(Caller.of(authentication)))
                .filter(caller -> !caller.hasTenant() && !(caller.isPlatformAdmin() && isOnboarding(exchange)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(withoutTenant -> withoutTenant
                        .map(caller -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, CODE,
                                "the token of " + caller.user() + " names no tenant (council)"))
                        .orElseGet(() -> chain.filter(exchange)));
    }

    private static boolean isOnboarding(ServerWebExchange exchange) {
        return TENANT_ONBOARDING.matches(PathContainer.parsePath(exchange.getRequest().getPath().value()));
    }
}
