package ua.hromada.web.problem;

/**
 * One thing wrong with one request field.
 *
 * @param field   the field as the client wrote it: a JSON path such as {@code registeredOn} or
 *                {@code members[2].name}, or a request parameter name
 * @param message what is wrong with it
 */
public record FieldViolation(String field, String message) {
}
