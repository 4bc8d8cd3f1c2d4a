package ua.hromada.registry.council;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ua.hromada.web.problem.Problem;

import java.util.List;

/**
 * Answers a Keycloak failure during onboarding as a gateway error in the platform's problem+json shape: the
 * request was fine, a system behind this service was not. Ordered before the platform's catch-all handler, which
 * would answer 500.
 */
@RestControllerAdvice(assignableTypes = CouncilController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProviderProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    @ExceptionHandler(IdentityProviderFailedException.class)
    ResponseEntity<Problem> identityProviderFailed(IdentityProviderFailedException failure,
                                                   HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage(), failure);
        HttpStatus status = failure.unreachable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        String detail = (failure.unreachable()
                ? "The identity provider (Keycloak) cannot be reached; try again shortly."
                : "The identity provider (Keycloak) refused or failed a step of onboarding.")
                + " The council was not onboarded"
                + (failure.leftBehind().isEmpty() ? " and nothing was kept."
                : "; these could not be removed from Keycloak and must be deleted there before a retry: "
                + String.join(", ", failure.leftBehind()) + ".");
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (failure.unreachable()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(new Problem(Problem.typeOf(IdentityProviderFailedException.CODE),
                status.getReasonPhrase(), status.value(), IdentityProviderFailedException.CODE, detail,
                request.getRequestURI(), List.of()));
    }
}
