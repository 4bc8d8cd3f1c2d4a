package ua.hromada.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Answers a request without a usable token: 401 with the {@code WWW-Authenticate: Bearer} challenge of RFC 6750
 * (naming {@code invalid_token} when a token was sent) and a problem+json body, never a redirect to a login page.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final SecurityProblems problems;

    ProblemAuthenticationEntryPoint(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        challenge.commence(request, response, failure);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, SecurityProblems.UNAUTHENTICATED,
                SecurityProblems.UNAUTHENTICATED_DETAIL);
    }
}
