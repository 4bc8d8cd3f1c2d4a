package ua.hromada.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Keycloak could not be reached to log a user in, out, or to check a token. */
public class IdentityProviderUnavailableException extends ResponseStatusException {

    public IdentityProviderUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "the identity provider is not available", cause);
    }
}
