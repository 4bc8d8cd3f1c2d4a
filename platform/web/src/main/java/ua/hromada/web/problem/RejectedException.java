package ua.hromada.web.problem;

/**
 * A request the domain refuses, with a machine-readable code and the field it concerns. It depends on nothing
 * but the JDK so that aggregates can throw it; {@link ProblemExceptionHandler} renders it as
 * {@code application/problem+json}. Throw one of the subclasses, which name the kind of refusal.
 */
public abstract class RejectedException extends RuntimeException {

    private final Rejection rejection;

    protected RejectedException(RejectionKind kind, String code, String field, String message) {
        this(new Rejection(kind, code, field, message));
    }

    protected RejectedException(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    public RejectionKind kind() {
        return rejection.kind();
    }

    public String code() {
        return rejection.code();
    }

    /** The request field concerned, or {@code null} when the rejection concerns the request as a whole. */
    public String field() {
        return rejection.field();
    }
}
