package ua.hromada.reporting.api.report;

import java.util.Map;

/**
 * One metric of a report for the period and, when asked, the comparison period.
 *
 * @param key               metric key of the catalogue, e.g. {@code registry.organisations}
 * @param title             Ukrainian title of the metric
 * @param kind              flow, stock or snapshot
 * @param value             the figure for the period; {@code null} when unknown
 * @param previous          the figure for the comparison period; {@code null} when not compared or unknown
 * @param delta             value − previous, when both are known
 * @param deltaPercent      delta as a percentage of previous (one decimal), when both are known and previous ≠ 0
 * @param valueSource       where {@code value} comes from
 * @param previousSource    where {@code previous} comes from; {@code null} when not compared
 * @param dimension         what the breakdown is by (e.g. {@code kind}); {@code null} for a metric without one
 * @param breakdown         value by dimension value, in catalogue order (empty without a dimension)
 * @param previousBreakdown previous by dimension value
 * @param dimensionLabels   Ukrainian names of the dimension values, for documents
 * @param text              the sentence a report prints, e.g. "2286 інформаційних матеріалів (у 2020 — 1600)"
 */
public record MetricFigure(
        String key,
        String title,
        MetricKind kind,
        Long value,
        Long previous,
        Long delta,
        Double deltaPercent,
        FigureSource valueSource,
        FigureSource previousSource,
        String dimension,
        Map<String, Long> breakdown,
        Map<String, Long> previousBreakdown,
        Map<String, String> dimensionLabels,
        String text) {
}
