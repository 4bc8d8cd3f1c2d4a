package ua.hromada.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.net.URI;
import java.util.List;

/**
 * The body of every error response, {@code application/problem+json} (RFC 9457) extended with a
 * machine-readable {@code code} and the violated {@code errors} field by field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "code", "detail", "instance", "errors"})
public record Problem(
        URI type,
        String title,
        int status,
        String code,
        String detail,
        String instance,
        List<FieldViolation> errors) {

    private static final String TYPE_PREFIX = "urn:hromada:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The problem type of a code: one URI per code, so the type identifies the problem as RFC 9457 asks. */
    public static URI typeOf(String code) {
        return URI.create(TYPE_PREFIX + code);
    }
}
