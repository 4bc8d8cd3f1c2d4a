package ua.hromada.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ua.hromada.web.problem.Problem;

import java.util.List;

/**
 * Answers a refusal raised while a controller runs (e.g. {@link TenantContext#requireTenant()} or a command
 * refused by {@link TenantCommandHandlerInterceptor}) with 403, not the 500 that the platform's catch-all
 * exception handler would give an exception it does not know. Ordered just before that handler.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class AccessDeniedProblemHandler {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> accessDenied(AccessDeniedException denied, HttpServletRequest request) {
        boolean tenantMissing = ProblemAccessDeniedHandler.isTenantMissing(denied);
        String code = tenantMissing ? TenantMissingException.CODE : SecurityProblems.FORBIDDEN;
        String detail = tenantMissing ? SecurityProblems.TENANT_MISSING_DETAIL : SecurityProblems.FORBIDDEN_DETAIL;
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(new Problem(Problem.typeOf(code), HttpStatus.FORBIDDEN.getReasonPhrase(),
                        HttpStatus.FORBIDDEN.value(), code, detail, request.getRequestURI(), List.of()));
    }
}
