package ua.hromada.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import ua.hromada.web.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the refusals of the security filters in the same {@code application/problem+json} shape as every other
 * error of the platform; the filters run before Spring MVC, so the shared exception handler never sees them.
 */
final class SecurityProblems {

    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN = "forbidden";
    static final String ISSUER_UNAVAILABLE = "issuer_unavailable";

    static final String UNAUTHENTICATED_DETAIL = "This request needs a valid bearer token from the council's identity"
            + " provider (it may be missing, expired, meant for another API or not signed by the identity provider).";
    static final String FORBIDDEN_DETAIL = "Your role does not allow this request.";
    static final String TENANT_MISSING_DETAIL = "Your token names no council (claim tenant); only council members"
            + " may use this API.";

    private final ObjectMapper objectMapper;

    SecurityProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
               String detail) throws IOException {
        Problem problem = new Problem(Problem.typeOf(code), status.getReasonPhrase(), status.value(), code, detail,
                request.getRequestURI(), List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
