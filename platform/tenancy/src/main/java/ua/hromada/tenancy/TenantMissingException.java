package ua.hromada.tenancy;

import org.springframework.security.access.AccessDeniedException;

/**
 * Something that belongs to a council was asked for or sent without one: a token without a {@code tenant}
 * claim, or a command without tenant metadata. Answered 403 with code {@value #CODE}.
 */
public class TenantMissingException extends AccessDeniedException {

    public static final String CODE = "tenant_missing";

    public TenantMissingException(String message) {
        super(message);
    }
}
