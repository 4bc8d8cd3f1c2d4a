package ua.hromada.web.problem;

/** The request collides with what is already recorded: HTTP 409. */
public class ConflictException extends RejectedException {

    public ConflictException(String code, String field, String message) {
        super(RejectionKind.CONFLICT, code, field, message);
    }
}
