package ua.hromada.tenancy;

import org.springframework.security.authorization.AuthorizationDecision;

/** A refusal because the caller's token names no council, so the client can be told exactly that. */
final class TenantMissingDecision extends AuthorizationDecision {

    TenantMissingDecision() {
        super(false);
    }
}
