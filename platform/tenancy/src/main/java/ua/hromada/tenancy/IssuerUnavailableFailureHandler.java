package ua.hromada.tenancy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Tells a bad token (401) from a token that could not be checked because the issuer's keys are out of reach
 * (503, retry shortly): Spring Security's default would let the latter escape as a 500.
 */
final class IssuerUnavailableFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(IssuerUnavailableFailureHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final AuthenticationEntryPoint entryPoint;
    private final SecurityProblems problems;

    IssuerUnavailableFailureHandler(AuthenticationEntryPoint entryPoint, SecurityProblems problems) {
        this.entryPoint = entryPoint;
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("Could not verify a bearer token for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, SecurityProblems.ISSUER_UNAVAILABLE,
                    "The identity provider cannot be reached to verify the token; try again shortly.");
        } else {
            entryPoint.commence(request, response, failure);
        }
    }
}
