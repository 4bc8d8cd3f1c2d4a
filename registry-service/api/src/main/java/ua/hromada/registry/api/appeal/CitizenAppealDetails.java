package ua.hromada.registry.api.appeal;

import java.time.LocalDate;

/**
 * Everything the register holds about one citizen's appeal, as a correction states it in full: an admin who fixes
 * a wrong channel or a resolution entered by mistake sends the whole corrected record, and the history keeps the
 * previous one next to it.
 *
 * @param receivedOn    the day the appeal reached the council (business date)
 * @param topic         what the resident raised, when recorded
 * @param applicantName who appealed, when recorded
 * @param resolvedOn    the day the council resolved the appeal, or {@code null} while it is open
 */
public record CitizenAppealDetails(
        AppealChannel channel,
        LocalDate receivedOn,
        String topic,
        String applicantName,
        LocalDate resolvedOn) {
}
