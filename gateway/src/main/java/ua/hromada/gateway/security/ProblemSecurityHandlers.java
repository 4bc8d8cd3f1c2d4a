package ua.hromada.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import ua.hromada.gateway.problem.ProblemResponses;

/** The security decisions the gateway answers with problem+json, each with its stable {@code code}. */
final class ProblemSecurityHandlers {

    static final String UNAUTHENTICATED = "unauthenticated";
    static final String LOGIN_FAILED = "login_failed";
    static final String FORBIDDEN = "forbidden";
    static final String CSRF_TOKEN_INVALID = "csrf_token_invalid";

    private ProblemSecurityHandlers() {
    }

    /** 401 for a call without credentials or with a token that failed its checks; never a login redirect. */
    static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, failure) -> {
            OAuth2Error tokenError = failure instanceof OAuth2AuthenticationException rejected
                    ? rejected.getError()
                    : null;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(tokenError));
            String detail = tokenError == null
                    ? "the request carries neither a bearer token nor a login session"
                    : "the bearer token is not valid: " + tokenError.getDescription();
            return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, detail);
        };
    }

    /** A bearer token that could not be checked because Keycloak is unreachable is not the caller's fault. */
    static ServerAuthenticationFailureHandler bearerTokenFailure() {
        ServerAuthenticationEntryPoint unauthenticated = unauthenticated();
        return (webFilterExchange, failure) -> isIdentityProviderFailure(failure)
                ? SecurityProblemExceptionHandler.identityProviderUnavailable(webFilterExchange.getExchange(), failure)
                : unauthenticated.commence(webFilterExchange.getExchange(), failure);
    }

    /**
     * A failed browser login answers instead of redirecting to Keycloak again, which would loop while Keycloak
     * keeps handing out a code the gateway cannot use.
     */
    static ServerAuthenticationFailureHandler loginFailure() {
        return (webFilterExchange, failure) -> {
            ServerWebExchange exchange = webFilterExchange.getExchange();
            if (isIdentityProviderFailure(failure)) {
                return SecurityProblemExceptionHandler.identityProviderUnavailable(exchange, failure);
            }
            return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, LOGIN_FAILED,
                    "the login did not succeed: " + failure.getMessage());
        };
    }

    static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, FORBIDDEN,
                "the caller's roles do not allow this request");
    }

    static ServerAccessDeniedHandler csrfTokenInvalid() {
        return (exchange, denied) -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, CSRF_TOKEN_INVALID,
                "a change made with a login session must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header");
    }

    private static boolean isIdentityProviderFailure(AuthenticationException failure) {
        return failure instanceof AuthenticationServiceException;
    }

    private static String bearerChallenge(OAuth2Error tokenError) {
        if (tokenError == null) {
            return "Bearer";
        }
        String challenge = "Bearer error=\"" + tokenError.getErrorCode() + "\"";
        if (tokenError.getDescription() != null) {
            challenge += ", error_description=\"" + tokenError.getDescription().replace("\"", "'") + "\"";
        }
        return challenge;
    }
}
