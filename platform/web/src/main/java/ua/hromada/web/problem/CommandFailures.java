package ua.hromada.web.problem;

import org.axonframework.messaging.HandlerExecutionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What really went wrong when a command failed, under what Axon and the JDK wrap around it: a command handled in
 * another JVM comes back as a {@code CommandExecutionException} carrying the {@link Rejection} as its details, an
 * asynchronous result as a {@code CompletionException}. Used wherever a failure is turned into an answer, so a
 * request and an import line read the same failure alike.
 */
public final class CommandFailures {

    private CommandFailures() {
    }

    /** The failure without its wrappers; a remote failure that carries details is kept, for its details. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (isWrapper(current) && current.getCause() != null && current.getCause() != current) {
            if (current instanceof HandlerExecutionException remote && remote.getDetails().isPresent()) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }

    /** The domain's refusal behind a failure, thrown in this JVM or carried back from another. */
    public static Optional<Rejection> rejectionOf(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RejectedException rejected) {
            return Optional.of(rejected.rejection());
        }
        if (cause instanceof HandlerExecutionException remote
                && remote.getDetails().orElse(null) instanceof Rejection rejection) {
            return Optional.of(rejection);
        }
        return Optional.empty();
    }

    private static boolean isWrapper(Throwable failure) {
        return failure instanceof HandlerExecutionException
                || failure instanceof CompletionException
                || failure instanceof ExecutionException
                || failure instanceof UndeclaredThrowableException
                || failure instanceof InvocationTargetException;
    }
}
