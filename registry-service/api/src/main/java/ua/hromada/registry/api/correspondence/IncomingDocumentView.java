package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;
import java.util.List;

/**
 * An incoming document as the register shows it to its council, with its current state.
 *
 * @param id                the id the client chose (or the service generated), unique within the council
 * @param answeredOn        the day it was answered, or {@code null} while unanswered
 * @param onLongTermControl whether it is on long-term control now
 * @param controlSince      the first day of the control period running now, or {@code null}
 * @param controlPeriods    every period on long-term control in order, the running one (without {@code until})
 *                          last; a period a correction voided is not among them
 * @param corrections       how many times an admin corrected the record (its history shows each)
 * @param version           the sequence number of the record's last event; a change may name it in {@code If-Match}
 */
public record IncomingDocumentView(
        String id,
        IncomingDocumentKind kind,
        LocalDate receivedOn,
        String sender,
        String subject,
        String registrationNumber,
        LocalDate answeredOn,
        boolean onLongTermControl,
        LocalDate controlSince,
        List<ControlPeriod> controlPeriods,
        IncomingDocumentStatus status,
        int corrections,
        long version) {

    public IncomingDocumentView {
        controlPeriods = controlPeriods == null ? List.of() : List.copyOf(controlPeriods);
    }
}
