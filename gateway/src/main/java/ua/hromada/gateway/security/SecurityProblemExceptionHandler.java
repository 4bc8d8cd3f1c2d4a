package ua.hromada.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import ua.hromada.gateway.problem.ProblemResponses;

/**
 * Answers problem+json instead of a bare 500 when the identity provider fails the gateway outside a login or a
 * bearer-token check: discovery during login or logout, and refreshing a browser session's access token before
 * relaying it. A session Keycloak no longer refreshes (it ended there, or the refresh token expired) is closed,
 * so the console logs in again instead of failing on every call.
 */
final class SecurityProblemExceptionHandler implements WebExceptionHandler, Ordered {

    static final String SESSION_EXPIRED = "session_expired";
    static final String IDENTITY_PROVIDER_UNAVAILABLE = "identity_provider_unavailable";

    private static final Logger log = LoggerFactory.getLogger(SecurityProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof IdentityProviderUnavailableException unavailable) {
            return identityProviderUnavailable(exchange, unavailable.getCause());
        }
        if (isEndedSession(failure)) {
            return exchange.getSession()
                    .flatMap(WebSession::invalidate)
                    .then(ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, SESSION_EXPIRED,
                            "the login session has ended; log in again"));
        }
        if (failure instanceof OAuth2AuthorizationException refreshFailed) {
            return identityProviderUnavailable(exchange, refreshFailed);
        }
        return Mono.error(failure);
    }

    private static boolean isEndedSession(Throwable failure) {
        return failure instanceof ClientAuthorizationRequiredException
                || failure instanceof ClientAuthorizationException refused
                        && OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode());
    }

    static Mono<Void> identityProviderUnavailable(ServerWebExchange exchange, Throwable cause) {
        log.warn("identity provider not available: {}", String.valueOf(cause));
        return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, IDENTITY_PROVIDER_UNAVAILABLE,
                "the identity provider is not available; try again shortly");
    }

    /** Before Spring Boot's error handler, which would answer 500 without a code. */
    @Override
    public int getOrder() {
        return -2;
    }
}
