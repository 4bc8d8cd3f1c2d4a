package ua.hromada.web.problem;

/** A well-formed request that the domain's rules forbid: HTTP 422. */
public class BusinessRuleViolationException extends RejectedException {

    public BusinessRuleViolationException(String code, String field, String message) {
        super(RejectionKind.BUSINESS_RULE, code, field, message);
    }
}
