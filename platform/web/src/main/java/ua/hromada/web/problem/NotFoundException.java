package ua.hromada.web.problem;

/** The addressed record does not exist for the caller's tenant: HTTP 404. */
public class NotFoundException extends RejectedException {

    public NotFoundException(String code, String field, String message) {
        super(RejectionKind.NOT_FOUND, code, field, message);
    }
}
