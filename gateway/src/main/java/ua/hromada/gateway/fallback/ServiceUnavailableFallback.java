package ua.hromada.gateway.fallback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import java.net.URI;

/**
 * Where a route's circuit breaker forwards when its service cannot be reached, does not answer in time or
 * the breaker is open: clients get the platform's problem+json error with a stable {@code code} instead of
 * a bare 500/504 from the proxy.
 */
@RestController
class ServiceUnavailableFallback {

    private static final String CODE = "service_unavailable";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        // The circuit breaker records why it gave up; without that this is a direct call, not an outage.
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        log.warn("{} is not available: {}", service, cause.toString());

        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is not available");
        problem.setInstance(requestedPath(exchange));
        problem.setProperty("code", CODE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The path the client asked for: the forward to this handler wraps the exchange it arrived with. */
    private static URI requestedPath(ServerWebExchange exchange) {
        ServerWebExchange original = exchange;
        while (original instanceof ServerWebExchangeDecorator decorator) {
            original = decorator.getDelegate();
        }
        return URI.create(original.getRequest().getPath().value());
    }
}
