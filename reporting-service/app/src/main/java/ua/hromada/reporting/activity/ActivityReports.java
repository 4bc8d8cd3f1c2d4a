package ua.hromada.reporting.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.FigureSource;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.api.report.ReportSection;
import ua.hromada.reporting.ledger.LedgerReader;
import ua.hromada.reporting.ledger.TenantFacts;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.ReportSectionKind;

/**
 * Builds a council's activity report for a period from its fact ledger: every metric the council has records or a
 * baseline of, by section, with the comparison period's figure, in the seeds' wording.
 */
@Service
public class ActivityReports {

    static final String UNKNOWN = "немає даних";

    private final MetricCatalogue catalogue;
    private final LedgerReader ledger;
    private final Clock clock;

    public ActivityReports(MetricCatalogue catalogue, LedgerReader ledger, Clock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param councilName the council's name for the title, when the caller's token carries it
     */
    ActivityReport report(String tenant, String councilName, ReportingPeriod period, Comparison comparison,
                          Instant asKnownAt) {
        Instant now = clock.instant();
        Instant knownAt = asKnownAt == null ? now : asKnownAt;
        ReportingPeriod compared = comparison.of(period);
        TenantFacts facts = ledger.factsOf(tenant);
        Map<ReportSectionKind, List<MetricFigure>> bySection = new LinkedHashMap<>();
        for (MetricDefinition metric : catalogue.metrics()) {
            if (!facts.knows(metric.key())) {
                continue;
            }
            bySection.computeIfAbsent(metric.section(), s -> new ArrayList<>())
                    .add(figure(metric, facts, period, compared, knownAt));
        }
        List<ReportSection> sections = new ArrayList<>();
        bySection.forEach((section, figures) -> sections.add(new ReportSection(section.key(), section.title(), figures)));
        String title = "Звіт про діяльність за " + period.label();
        return new ActivityReport(tenant, councilName == null ? title : councilName + ". " + title, period.view(),
                compared == null ? null : compared.view(), knownAt, now, sections);
    }

    /**
     * The metric's value for one period. Records answer for a period they cover: the council's records of the
     * metric's family begin on or before its first day (for a stock or snapshot: its last day). Before that, a
     * baseline recorded for exactly the period answers; without one, records that begin within the period still
     * answer; otherwise the figure is unknown — never 0.
     */
    Resolved resolve(MetricDefinition metric, TenantFacts facts, ReportingPeriod period, Instant asKnownAt) {
        Optional<LocalDate> recordsBegin = catalogue.family(metric.key()).stream()
                .map(sibling -> facts.firstRecorded(sibling.key(), asKnownAt))
                .flatMap(Optional::stream)
                .min(LocalDate::compareTo);
        boolean covered = recordsBegin.isPresent() && !recordsBegin.get()
                .isAfter(metric.kind() == MetricKind.FLOW ? period.from() : period.to());
        if (!covered) {
            Optional<TenantFacts.Baseline> baseline = facts.baseline(metric.key(), period.from(), period.to(), asKnownAt);
            if (baseline.isPresent()) {
                return new Resolved(baseline.get().value(), baseline.get().breakdown(), FigureSource.BASELINE);
            }
            if (recordsBegin.isEmpty() || recordsBegin.get().isAfter(period.to())) {
                return new Resolved(null, Map.of(), FigureSource.UNKNOWN);
            }
        }
        return facts.figure(metric.key(), metric.kind(), period.from(), period.to(), asKnownAt)
                .map(figure -> new Resolved(figure.value(), figure.breakdown(), FigureSource.RECORDS))
                .orElse(new Resolved(null, Map.of(), FigureSource.UNKNOWN));
    }

    TenantFacts factsOf(String tenant) {
        return ledger.factsOf(tenant);
    }

    private MetricFigure figure(MetricDefinition metric, TenantFacts facts, ReportingPeriod period,
                                ReportingPeriod compared, Instant asKnownAt) {
        Resolved value = resolve(metric, facts, period, asKnownAt);
        Resolved previous = compared == null ? null : resolve(metric, facts, compared, asKnownAt);
        Long previousValue = previous == null ? null : previous.value();
        Long delta = value.value() != null && previousValue != null ? value.value() - previousValue : null;
        Double deltaPercent = delta != null && previousValue != 0
                ? Math.round(delta * 1000.0 / previousValue) / 10.0 : null;
        return new MetricFigure(metric.key(), metric.title(), metric.kind(), value.value(), previousValue, delta,
                deltaPercent, value.source(), previous == null ? null : previous.source(), metric.dimension(),
                ordered(metric, value, previous), previous == null ? null : ordered(metric, previous, value),
                metric.dimensionLabels(), sentence(metric, value, previous, compared));
    }

    /** "Вхідні документи: 1759 документів (у 2020 — 838)". */
    static String sentence(MetricDefinition metric, Resolved value, Resolved previous, ReportingPeriod compared) {
        StringBuilder text = new StringBuilder(metric.title()).append(": ");
        text.append(value.value() == null ? UNKNOWN : value.value() + " " + metric.noun().forCount(value.value()));
        if (compared != null) {
            text.append(" (")
                    .append(metric.kind() == MetricKind.FLOW ? compared.flowComparison() : compared.stockComparison())
                    .append(" — ")
                    .append(previous.value() == null ? UNKNOWN : String.valueOf(previous.value()))
                    .append(')');
        }
        return text.toString();
    }

    /**
     * A figure's breakdown in catalogue order. A known figure lists 0 for a value only the other period has, so a
     * table shows "0" where the records say none, and leaves "unknown" to figures that are unknown.
     */
    private static Map<String, Long> ordered(MetricDefinition metric, Resolved figure, Resolved other) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        boolean known = figure.value() != null;
        metric.dimensionLabels().keySet().forEach(value -> {
            if (figure.breakdown().containsKey(value)) {
                ordered.put(value, figure.breakdown().get(value));
            } else if (known && other != null && other.breakdown().containsKey(value)) {
                ordered.put(value, 0L);
            }
        });
        figure.breakdown().forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** A figure and where it comes from; {@code value} is null when unknown. */
    record Resolved(Long value, Map<String, Long> breakdown, FigureSource source) {
    }

}
