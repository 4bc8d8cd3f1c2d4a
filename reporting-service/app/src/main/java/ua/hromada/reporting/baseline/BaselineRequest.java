package ua.hromada.reporting.baseline;

import java.util.Map;

/**
 * A historical total to record: {@code period} (2020, 2020-Q1, …) or {@code from}/{@code to}. Dates are text so
 * that an impossible one is refused naming its field.
 *
 * @param id        client-chosen id; a repeat with the same content records nothing, with other content is refused
 * @param metric    metric key of the catalogue
 * @param period    the period in the report contract's form
 * @param from      first day, with {@code to}, instead of {@code period}
 * @param to        last day
 * @param value     the total
 * @param breakdown the total by dimension value, if known; must add up to {@code value}
 * @param source    where the figure comes from, e.g. "Звіт відділу за 2020 рік"
 */
public record BaselineRequest(String id, String metric, String period, String from, String to, Long value,
                              Map<String, Long> breakdown, String source) {
}
