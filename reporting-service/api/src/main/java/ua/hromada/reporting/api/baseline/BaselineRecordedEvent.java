package ua.hromada.reporting.api.baseline;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.serialization.Revision;

/**
 * A council recorded a historical total for a metric and period from before it kept its records on the platform,
 * e.g. "in 2020 — 1600 materials". Reports use it for that period where no records cover it, and say so. The
 * tenant and the user travel in the event's metadata, as with every event.
 *
 * @param baselineId unique id of this recording
 * @param metric     metric key of the catalogue
 * @param from       first day of the period, inclusive
 * @param to         last day of the period, inclusive
 * @param value      the total
 * @param breakdown  the total by dimension value, where the council knows it (may be empty)
 * @param source     where the figure comes from, e.g. "Звіт відділу за 2020 рік"
 */
@Revision("1")
public record BaselineRecordedEvent(
        String baselineId,
        String metric,
        LocalDate from,
        LocalDate to,
        long value,
        Map<String, Long> breakdown,
        String source) {

    public BaselineRecordedEvent {
        breakdown = breakdown == null ? Map.of() : Map.copyOf(breakdown);
    }
}
