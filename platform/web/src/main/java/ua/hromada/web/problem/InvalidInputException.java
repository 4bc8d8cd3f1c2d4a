package ua.hromada.web.problem;

/** A missing, malformed or out-of-range value: HTTP 400. */
public class InvalidInputException extends RejectedException {

    public InvalidInputException(String code, String field, String message) {
        super(RejectionKind.INVALID_INPUT, code, field, message);
    }
}
