package ua.hromada.reporting.api.report;

import java.time.LocalDate;

/**
 * A closed range of business dates and how a report names it.
 *
 * @param from  first day, inclusive
 * @param to    last day, inclusive
 * @param label the Ukrainian name of the period as a report prints it, e.g. "2021 рік", "I квартал 2020 року"
 * @param shortLabel the name used in comparisons, e.g. "2020" in "(у 2020 — 1600)"
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label, String shortLabel) {
}
