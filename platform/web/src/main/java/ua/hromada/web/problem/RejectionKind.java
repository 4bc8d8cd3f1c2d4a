package ua.hromada.web.problem;

/** Why a request was refused, which decides the HTTP status the client sees. */
public enum RejectionKind {

    /** The request itself is wrong: a missing, malformed or out-of-range value. */
    INVALID_INPUT(400),

    /** The request addresses something that does not exist (for this tenant). */
    NOT_FOUND(404),

    /** The request collides with what is already recorded, e.g. a reused id with other content. */
    CONFLICT(409),

    /** The request is well formed but the domain's rules forbid it. */
    BUSINESS_RULE(422);

    private final int httpStatus;

    RejectionKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
