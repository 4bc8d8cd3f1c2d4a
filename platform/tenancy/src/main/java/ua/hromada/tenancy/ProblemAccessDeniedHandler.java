package ua.hromada.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** Answers a signed-in caller who may not do what it asked: 403 problem+json, {@code tenant_missing} or {@code forbidden}. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityProblems problems;

    ProblemAccessDeniedHandler(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        if (isTenantMissing(denied)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, TenantMissingException.CODE,
                    SecurityProblems.TENANT_MISSING_DETAIL);
        } else {
            problems.write(request, response, HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN,
                    SecurityProblems.FORBIDDEN_DETAIL);
        }
    }

    static boolean isTenantMissing(AccessDeniedException denied) {
        return denied instanceof TenantMissingException
                || denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof TenantMissingDecision;
    }
}
