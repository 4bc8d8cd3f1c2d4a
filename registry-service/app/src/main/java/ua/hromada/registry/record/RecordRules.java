package ua.hromada.registry.record;

import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The rules every register applies in the same words: required fields, business dates that cannot lie in the
 * future, dates that must follow each other, the reason a correction must give, the conflict of a reused id and the
 * refusal to change a withdrawn record. Aggregates call these so that a client sees one code per kind of mistake,
 * whichever register it writes to. Every rejection names the field the client wrote.
 */
public final class RecordRules {

    private RecordRules() {
    }

    public static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException("required", field, field + " is required");
        }
    }

    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("required", field, field + " must not be blank");
        }
    }

    /** A business date is at most today in the council's time zone (the injected clock's). */
    public static void notInFuture(LocalDate date, String field, Clock clock) {
        if (date == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new BusinessRuleViolationException("date_in_future", field,
                    field + " " + date + " is after today (" + today + ")");
        }
    }

    /** A later step cannot precede the step it follows; the later field is the one to blame. */
    public static void notBefore(LocalDate later, String laterField, LocalDate earlier, String earlierField) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new BusinessRuleViolationException("dates_out_of_order", laterField,
                    laterField + " " + later + " is before " + earlierField + " " + earlier);
        }
    }

    /** Corrections and withdrawals stay in the history with the reason an admin gave for them. */
    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("required", "reason", "reason must say why the record is changed");
        }
    }

    /** The client-chosen id of a record is taken by a record with other content. */
    public static ConflictException idConflict(String recordType, Object aggregateId) {
        return new ConflictException("id_conflict", "id", recordType + " id " + clientIdOf(aggregateId)
                + " is already recorded with different details.");
    }

    /** Nothing but a repeated withdrawal may reach a withdrawn record. */
    public static BusinessRuleViolationException withdrawn(String recordType, Object aggregateId) {
        return new BusinessRuleViolationException("record_withdrawn", null, recordType + " "
                + clientIdOf(aggregateId) + " was withdrawn as entered in error and can no longer change.");
    }

    /** A correction must change something. */
    public static BusinessRuleViolationException nothingToCorrect(String recordType, Object aggregateId) {
        return new BusinessRuleViolationException("nothing_to_correct", null, "The correction of " + recordType
                + " " + clientIdOf(aggregateId) + " changes nothing.");
    }

    /** The id as the client wrote it: messages never show another council's prefix. */
    public static String clientIdOf(Object aggregateId) {
        String value = String.valueOf(aggregateId);
        return TenantScopedId.tryParse(value).map(TenantScopedId::clientId).orElse(value);
    }
}
