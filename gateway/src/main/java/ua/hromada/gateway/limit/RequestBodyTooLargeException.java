package ua.hromada.gateway.limit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body outgrew {@code hromada.security.max-request-size}: the client's fault, never an outage. */
final class RequestBodyTooLargeException extends ResponseStatusException {

    static final String CODE = "payload_too_large";

    RequestBodyTooLargeException(long maxBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "the request body exceeds the limit of " + maxBytes + " bytes");
    }
}
