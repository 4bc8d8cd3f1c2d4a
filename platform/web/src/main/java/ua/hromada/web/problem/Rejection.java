package ua.hromada.web.problem;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What a {@link RejectedException} says, as plain data: the form in which a rejection travels as the details
 * of an Axon {@code CommandExecutionException} when the command was handled in another JVM.
 *
 * @param kind    decides the HTTP status
 * @param code    machine-readable, snake_case, stable across releases (clients switch on it)
 * @param field   the request field the rejection concerns, or {@code null} when it concerns the whole request
 * @param message a human-readable explanation
 */
public record Rejection(RejectionKind kind, String code, String field, String message)
        implements Serializable {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public Rejection {
        if (kind == null) {
            throw new IllegalArgumentException("a rejection needs a kind");
        }
        if (code == null || !SNAKE_CASE.matcher(code).matches()) {
            throw new IllegalArgumentException("a rejection code must be snake_case, got: " + code);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a message");
        }
    }
}
