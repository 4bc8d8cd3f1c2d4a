package ua.hromada.registry.api.appeal;

import java.time.LocalDate;

/**
 * A citizen's appeal as the register shows it to its council, with its current state. The register's kinds are
 * its channels: a list filtered by {@code kind} (or {@code channel}) filters by channel.
 *
 * @param id          the id the client chose (or the service generated), unique within the council
 * @param resolvedOn  the day the council resolved it, or {@code null} while it is open
 * @param corrections how many times an admin corrected the record (its history shows each)
 * @param version     the sequence number of the record's last event; a change may name it in {@code If-Match}
 */
public record CitizenAppealView(
        String id,
        AppealChannel channel,
        LocalDate receivedOn,
        String topic,
        String applicantName,
        LocalDate resolvedOn,
        CitizenAppealStatus status,
        int corrections,
        long version) {
}
