package ua.hromada.reporting.document;

import java.util.ArrayList;
import java.util.List;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.ReportSection;

/**
 * One row of the tabular report that XLSX and CSV share: a metric, or one value of its breakdown right under it.
 *
 * @param section      the section's heading
 * @param indicator    the metric's title, or the breakdown value's name
 * @param key          the metric key; for a breakdown row with the dimension value, as in
 *                     {@code registry.organisations[kind=ngo]}
 * @param value        {@code null} when unknown
 * @param previous     {@code null} when unknown or not compared
 * @param delta        {@code null} unless both figures are known
 * @param deltaPercent {@code null} unless both figures are known and previous is not 0
 * @param source       where the figures come from, in words
 * @param breakdown    whether the row is a breakdown value of the metric above it
 * @param compared     whether the report has a comparison period, which tells an unknown previous from none
 */
record SheetRow(String section, String indicator, String key, Long value, Long previous, Long delta,
                Double deltaPercent, String source, boolean breakdown, boolean compared) {

    static final List<String> COLUMNS = List.of(
            "Розділ", "Показник", "Ключ", "Значення", "Попередній період", "Зміна", "Зміна %", "Джерело");

    static List<SheetRow> of(ActivityReport report) {
        boolean compared = report.comparedTo() != null;
        List<SheetRow> rows = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            for (MetricFigure figure : section.metrics()) {
                String source = ReportWording.sources(figure, report);
                Long value = ReportWording.known(figure.value(), figure.valueSource());
                Long previous = compared ? ReportWording.known(figure.previous(), figure.previousSource()) : null;
                boolean bothKnown = value != null && previous != null;
                rows.add(new SheetRow(section.title(), figure.title(), figure.key(), value, previous,
                        bothKnown ? figure.delta() : null, bothKnown ? figure.deltaPercent() : null,
                        source, false, compared));
                for (BreakdownLine line : BreakdownLine.of(figure)) {
                    rows.add(new SheetRow(section.title(), line.label(),
                            figure.key() + "[" + figure.dimension() + "=" + line.key() + "]",
                            line.value(), line.previous(), line.delta(), line.deltaPercent(), source, true, compared));
                }
            }
        }
        return rows;
    }
}
