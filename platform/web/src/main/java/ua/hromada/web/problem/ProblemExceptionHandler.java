package ua.hromada.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Renders every failure of a servlet request as {@code application/problem+json} with a machine-readable
 * {@code code} and, wherever a field is to blame, {@code errors:[{field, message}]}.
 * <p>
 * Ordered last so that a service's own advice, if it declares an order, handles its exceptions first.
 * Unexpected failures answer 500 with a reference that is also logged, never with the exception's text.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final JsonInputErrors jsonInputErrors;

    /** @param objectMapper the application's mapper, to name enum values exactly as clients must write them */
    public ProblemExceptionHandler(ObjectMapper objectMapper) {
        this.jsonInputErrors = new JsonInputErrors(objectMapper);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(violationOf(error)));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(violationOf(error)));
        return validationFailed(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> invalidArguments(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(violationOf(error)));
                parameterErrors.getGlobalErrors().forEach(error -> errors.add(violationOf(error)));
            } else {
                String field = parameterName(result.getMethodParameter())
                        + (result.getContainerIndex() != null ? "[" + result.getContainerIndex() + "]" : "")
                        + (result.getContainerKey() != null ? "[" + result.getContainerKey() + "]" : "");
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldViolation(field, messageOf(error))));
            }
        }
        return validationFailed(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Problem> constraintViolations(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldViolation> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldViolation(leafName(violation), violation.getMessage()))
                .toList();
        return validationFailed(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
        JsonProcessingException jsonFailure = findCause(ex, JsonProcessingException.class);
        if (jsonFailure == null) {
            return respond(HttpStatus.BAD_REQUEST, "missing_body",
                    "The request body is missing or unreadable.", List.of(), request);
        }
        JsonInputErrors.InputError error = jsonInputErrors.describe(jsonFailure, "request body");
        List<FieldViolation> errors = error.field() == null
                ? List.of()
                : List.of(new FieldViolation(error.field(), error.message()));
        return respond(HttpStatus.BAD_REQUEST, error.code(), error.detail(), errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> unparsableArgument(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        String message = jsonInputErrors.expectationFor(ex.getRequiredType())
                + JsonInputErrors.describeValue(ex.getValue());
        return respond(HttpStatus.BAD_REQUEST, "invalid_value", "Parameter " + ex.getName() + " " + message + ".",
                List.of(new FieldViolation(ex.getName(), message)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "missing_parameter",
                "Parameter " + ex.getParameterName() + " is required.",
                List.of(new FieldViolation(ex.getParameterName(), "is required")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Problem> missingHeader(MissingRequestHeaderException ex, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "missing_header",
                "Header " + ex.getHeaderName() + " is required.",
                List.of(new FieldViolation(ex.getHeaderName(), "is required")), request);
    }

    /**
     * Everything else, after unwrapping what Axon and the JDK wrap around the real failure: a command handled
     * in another JVM comes back as a {@code CommandExecutionException}, an asynchronous result as a
     * {@code CompletionException}.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> anyOther(Exception ex, HttpServletRequest request) {
        Optional<Rejection> rejection = CommandFailures.rejectionOf(ex);
        if (rejection.isPresent()) {
            return rejected(rejection.get(), request);
        }
        Throwable failure = CommandFailures.unwrap(ex);
        if (failure instanceof ConflictingAggregateVersionException conflict) {
            return respond(HttpStatus.CONFLICT, "version_conflict", "The record is at version "
                            + conflict.getActualVersion() + ", not " + conflict.getExpectedVersion()
                            + " as If-Match says: it changed since it was read. Read it again and decide anew.",
                    List.of(new FieldViolation("If-Match", "names version " + conflict.getExpectedVersion()
                            + ", the record is at " + conflict.getActualVersion())), request);
        }
        // Axon 4 does not make AggregateStreamCreationException (two creations of one id racing) a
        // ConcurrencyException, but for the client both are the same lost race.
        if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException) {
            return respond(HttpStatus.CONFLICT, "concurrent_modification",
                    "The record was changed by another request at the same time; read it again and retry.",
                    List.of(), request);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return respond(HttpStatus.NOT_FOUND, "not_found",
                    "No record with id " + notFound.getAggregateIdentifier() + " exists.",
                    List.of(new FieldViolation("id", "does not exist")), request);
        }
        if (failure instanceof ErrorResponse errorResponse) {
            return springError(errorResponse, failure, request);
        }
        return unexpected(failure, request);
    }

    private ResponseEntity<Problem> springError(ErrorResponse error, Throwable failure, HttpServletRequest request) {
        HttpStatusCode status = error.getStatusCode();
        if (status.is5xxServerError()) {
            return unexpected(failure, request);
        }
        String detail = error.getBody().getDetail();
        return respond(status, codeOf(status), detail != null ? detail : titleOf(status) + ".", List.of(), request);
    }

    private ResponseEntity<Problem> rejected(Rejection rejection, HttpServletRequest request) {
        List<FieldViolation> errors = rejection.field() == null
                ? List.of()
                : List.of(new FieldViolation(rejection.field(), rejection.message()));
        return respond(HttpStatusCode.valueOf(rejection.kind().httpStatus()), rejection.code(), rejection.message(),
                errors, request);
    }

    private ResponseEntity<Problem> unexpected(Throwable failure, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure of {} {} (reference {})", request.getMethod(), request.getRequestURI(),
                reference, failure);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "An unexpected error occurred. Reference: " + reference + ".", List.of(), request);
    }

    private ResponseEntity<Problem> validationFailed(List<FieldViolation> errors, HttpServletRequest request) {
        String fields = errors.stream().map(FieldViolation::field).distinct().collect(Collectors.joining(", "));
        String detail = fields.isEmpty() ? "The request is invalid." : "Invalid fields: " + fields + ".";
        return respond(HttpStatus.BAD_REQUEST, "validation_failed", detail, errors, request);
    }

    private ResponseEntity<Problem> respond(HttpStatusCode status, String code, String detail,
                                            List<FieldViolation> errors, HttpServletRequest request) {
        if (status.is4xxClientError()) {
            log.debug("{} {} answered {} {}: {}", request.getMethod(), request.getRequestURI(), status.value(),
                    code, detail);
        }
        Problem problem = new Problem(Problem.typeOf(code), titleOf(status), status.value(), code, detail,
                request.getRequestURI(), errors);
        // Setting the content type here bypasses Accept negotiation, which would otherwise refuse
        // problem+json to a client that only accepts application/json.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.name().toLowerCase(Locale.ROOT) : "http_" + status.value();
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }





    private static FieldViolation violationOf(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
        return new FieldViolation(field, messageOf(error));
    }

    private static String messageOf(MessageSourceResolvable error) {
        if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
            return "has an invalid value";
        }
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            return declaredOr(requestParam.name(), requestParam.value(), parameter);
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null) {
            return declaredOr(pathVariable.name(), pathVariable.value(), parameter);
        }
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        if (requestHeader != null) {
            return declaredOr(requestHeader.name(), requestHeader.value(), parameter);
        }
        return declaredOr("", "", parameter);
    }

    private static String declaredOr(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        String compiledName = parameter.getParameterName();
        return compiledName != null ? compiledName : "arg" + parameter.getParameterIndex();
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return leaf != null ? leaf : violation.getPropertyPath().toString();
    }
}
