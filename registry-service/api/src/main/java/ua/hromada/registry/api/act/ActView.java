package ua.hromada.registry.api.act;

import java.time.LocalDate;

/**
 * An act as the register shows it to its council, with its current state.
 *
 * @param id          the id the client chose (or the service generated), unique within the council
 * @param corrections how many times an admin corrected the record (its history shows each)
 * @param version     the sequence number of the record's last event; a change may name it in {@code If-Match}
 * @see ActDetails for the meaning of the other fields
 */
public record ActView(
        String id,
        ActKind kind,
        String number,
        String title,
        LocalDate draftedOn,
        LocalDate adoptedOn,
        LocalDate publishedOn,
        boolean preparedByDepartment,
        ActStatus status,
        int corrections,
        long version) {
}
