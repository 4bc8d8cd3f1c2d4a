package ua.hromada.registry.council;

import java.util.List;

/**
 * The identity provider failed a step of onboarding, or could not be reached: answered 503 when it was out of
 * reach (a retry may succeed shortly), 502 when it answered with an error.
 */
class IdentityProviderFailedException extends RuntimeException {

    static final String CODE = "identity_provider_failed";

    private final boolean unreachable;
    private final List<String> leftBehind;

    IdentityProviderFailedException(String message, boolean unreachable, Throwable cause) {
        this(message, unreachable, cause, List.of());
    }

    private IdentityProviderFailedException(String message, boolean unreachable, Throwable cause,
                                            List<String> leftBehind) {
        super(message, cause);
        this.unreachable = unreachable;
        this.leftBehind = List.copyOf(leftBehind);
    }

    /** The same failure, noting what undoing the earlier steps could not remove. */
    IdentityProviderFailedException leaving(List<String> objects) {
        if (objects.isEmpty()) {
            return this;
        }
        IdentityProviderFailedException noted = new IdentityProviderFailedException(getMessage(), unreachable,
                getCause(), objects);
        noted.setStackTrace(getStackTrace());
        return noted;
    }

    boolean unreachable() {
        return unreachable;
    }

    /** What onboarding created in the identity provider and could not delete again, e.g. {@code group <id>}. */
    List<String> leftBehind() {
        return leftBehind;
    }
}
