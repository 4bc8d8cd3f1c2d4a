package ua.hromada.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ua.hromada.reporting.api.report.MetricFigure;

/**
 * One dimension value of a figure's breakdown as the documents list it under the figure.
 *
 * @param key      the dimension value, e.g. {@code party_cell}
 * @param label    its Ukrainian name, or the key when the report names none
 * @param value    the figure for the period; {@code null} when unknown
 * @param previous the figure for the comparison period; {@code null} when unknown or not compared
 */
record BreakdownLine(String key, String label, Long value, Long previous) {

    /**
     * The lines of a figure's breakdown in the report's order, followed by values only the comparison period has. A
     * value missing from one period's map is unknown for that period, not zero.
     */
    static List<BreakdownLine> of(MetricFigure figure) {
        Map<String, Long> current = Objects.requireNonNullElse(figure.breakdown(), Map.of());
        Map<String, Long> previous = Objects.requireNonNullElse(figure.previousBreakdown(), Map.of());
        Map<String, String> labels = Objects.requireNonNullElse(figure.dimensionLabels(), Map.of());
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(previous.keySet());
        List<BreakdownLine> lines = new ArrayList<>(keys.size());
        for (String key : keys) {
            lines.add(new BreakdownLine(key, labels.getOrDefault(key, key),
                    ReportWording.known(current.get(key), figure.valueSource()),
                    figure.previousSource() == null ? null
                            : ReportWording.known(previous.get(key), figure.previousSource())));
        }
        return lines;
    }

    /**
     * Whether a printed breakdown table needs a column for the comparison period. Without a single known previous
     * value the column would only repeat "немає даних", which the figure's sentence already says for the total.
     */
    static boolean anyPrevious(List<BreakdownLine> lines) {
        return lines.stream().anyMatch(line -> line.previous() != null);
    }

    /** value − previous, when both are known. */
    Long delta() {
        return value != null && previous != null ? value - previous : null;
    }

    /** The change as a percentage of previous, one decimal, as {@link MetricFigure#deltaPercent()} is for the total. */
    Double deltaPercent() {
        if (value == null || previous == null || previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(value - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
