package ua.hromada.reporting.api.report;

import java.util.List;

/**
 * A section of the report, grouping metrics the way the councils' reports do (e.g. civic registries).
 *
 * @param key     stable English key, e.g. {@code registries}
 * @param title   Ukrainian heading
 * @param metrics the section's figures in reading order
 */
public record ReportSection(String key, String title, List<MetricFigure> metrics) {
}
