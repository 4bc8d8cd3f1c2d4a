package ua.hromada.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says what is wrong with JSON a client sent, naming the field: an unknown field, a value of the wrong type, an
 * impossible date such as {@code 2021-06-31}, or text that is not JSON at all. Used for request bodies and for each
 * line of an NDJSON import alike, so both answer in the same words.
 */
public final class JsonInputErrors {

    private static final int MAX_ECHOED_VALUE_LENGTH = 100;

    private final ObjectMapper objectMapper;

    /** @param objectMapper the application's mapper, to name enum values exactly as clients must write them */
    public JsonInputErrors(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * One thing wrong with the input.
     *
     * @param code    machine-readable: {@code unknown_field}, {@code invalid_value} or {@code malformed_json}
     * @param field   the JSON path of the field to blame, or {@code null}
     * @param message what is wrong with the field, e.g. "must be a valid date in the form YYYY-MM-DD (got ...)"
     * @param detail  the whole sentence, naming the field
     */
    public record InputError(String code, String field, String message, String detail) {
    }

    /**
     * Describes input that failed to read.
     *
     * @param what what was read, for messages without a field, e.g. {@code "request body"} or {@code "line"}
     */
    public InputError describe(JsonProcessingException failure, String what) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return new InputError("unknown_field", field, "is not a known field",
                    "The " + what + " has a field this operation does not accept: " + field + ".");
        }
        if (failure instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            if (field.isEmpty()) {
                String message = "does not have the expected shape";
                return new InputError("invalid_value", null, message, "The " + what + " " + message + ".");
            }
            String message = describeInvalidValue(mapping);
            return new InputError("invalid_value", field, message, "Field " + field + " " + message + ".");
        }
        String where = failure instanceof StreamReadException parse && parse.getLocation() != null
                ? " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr()
                : "";
        String message = "is not valid JSON" + where;
        return new InputError("malformed_json", null, message, "The " + what + " " + message + ".");
    }

    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String describeInvalidValue(JsonMappingException failure) {
        if (failure instanceof InvalidFormatException invalid) {
            return expectationFor(invalid.getTargetType()) + describeValue(invalid.getValue());
        }
        if (failure instanceof MismatchedInputException mismatched) {
            return expectationFor(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    public String expectationFor(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type == LocalDate.class) {
            return "must be a valid date in the form YYYY-MM-DD";
        }
        if (type == YearMonth.class) {
            return "must be a valid month in the form YYYY-MM";
        }
        if (type == Year.class) {
            return "must be a year in the form YYYY";
        }
        if (type == LocalTime.class) {
            return "must be a valid time in the form HH:MM[:SS]";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "must be a valid ISO-8601 date and time";
        }
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> objectMapper.valueToTree(constant).asText())
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "must be a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "has an invalid value";
    }

    public static String describeValue(Object value) {
        if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
            return "";
        }
        String text = value.toString();
        if (text.length() > MAX_ECHOED_VALUE_LENGTH) {
            text = text.substring(0, MAX_ECHOED_VALUE_LENGTH) + "…";
        }
        return " (got \"" + text + "\")";
    }
}
