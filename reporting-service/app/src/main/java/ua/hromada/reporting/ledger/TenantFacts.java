package ua.hromada.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ua.hromada.reporting.api.report.MetricKind;

/**
 * One tenant's ledger cells and baselines, held in memory to answer any period: flows sum the cells of the period,
 * stocks everything up to its last day, snapshots take the latest day with an observation — each only with what
 * was recorded by the moment asked for.
 */
public final class TenantFacts {

    private final Map<String, List<LedgerCell>> cellsByMetric;
    private final List<Baseline> baselines;

    TenantFacts(List<LedgerCell> cells, List<Baseline> baselines) {
        Map<String, List<LedgerCell>> byMetric = new HashMap<>();
        for (LedgerCell cell : cells) {
            byMetric.computeIfAbsent(cell.metric(), m -> new ArrayList<>()).add(cell);
        }
        byMetric.values().forEach(list -> list.sort(Comparator.comparing(LedgerCell::on)));
        this.cellsByMetric = byMetric;
        this.baselines = List.copyOf(baselines);
    }

    static TenantFacts empty() {
        return new TenantFacts(List.of(), List.of());
    }

    /**
     * The metric's figure for a period by its kind, with its breakdown, from the records known at {@code asKnownAt};
     * for a snapshot, empty when nothing was observed by the period's last day. Whether the records cover the period
     * at all is the caller's question ({@link #firstRecorded}).
     */
    public Optional<Figure> figure(String metric, MetricKind kind, LocalDate from, LocalDate to, Instant asKnownAt) {
        List<LedgerCell> cells = cellsByMetric.getOrDefault(metric, List.of());
        long knownUntil = asKnownAt.getEpochSecond();
        Map<String, Long> breakdown = new TreeMap<>();
        long total = 0;
        Map<String, TreeMap<LocalDate, long[]>> observations = new HashMap<>();
        for (LedgerCell cell : cells) {
            if (cell.recordedSecond() > knownUntil) {
                continue;
            }
            if (cell.on().isAfter(to)) {
                break;
            }
            switch (kind) {
                case FLOW -> {
                    if (!cell.on().isBefore(from)) {
                        total += cell.value();
                        add(breakdown, cell.dimension(), cell.value());
                    }
                }
                case STOCK -> {
                    total += cell.value();
                    add(breakdown, cell.dimension(), cell.value());
                }
                case SNAPSHOT -> {
                    long[] sums = observations.computeIfAbsent(String.valueOf(cell.dimension()), d -> new TreeMap<>())
                            .computeIfAbsent(cell.on(), d -> new long[2]);
                    sums[0] += cell.value();
                    sums[1] += cell.count();
                }
            }
        }
        if (kind == MetricKind.SNAPSHOT) {
            total = 0;
            boolean observed = false;
            for (Map.Entry<String, TreeMap<LocalDate, long[]>> byDimension : observations.entrySet()) {
                for (long[] sums : byDimension.getValue().descendingMap().values()) {
                    if (sums[1] > 0) {
                        observed = true;
                        total += sums[0];
                        if (!"null".equals(byDimension.getKey())) {
                            breakdown.put(byDimension.getKey(), sums[0]);
                        }
                        break;
                    }
                }
            }
            if (!observed) {
                return Optional.empty();
            }
        }
        breakdown.values().removeIf(value -> value == 0);
        return Optional.of(new Figure(total, breakdown));
    }

    /** The baseline recorded for exactly this metric and period, latest first, as known at {@code asKnownAt}. */
    public Optional<Baseline> baseline(String metric, LocalDate from, LocalDate to, Instant asKnownAt) {
        return baselines.stream()
                .filter(b -> b.metric().equals(metric) && b.from().equals(from) && b.to().equals(to))
                .filter(b -> !b.recordedAt().isAfter(asKnownAt))
                .max(Comparator.comparing(Baseline::recordedAt));
    }

    /**
     * The earliest business date of the metric's facts known at {@code asKnownAt}: the council's records of it
     * begin there, so periods from there on are covered by records and earlier ones are not.
     */
    public Optional<LocalDate> firstRecorded(String metric, Instant asKnownAt) {
        long knownUntil = asKnownAt.getEpochSecond();
        return cellsByMetric.getOrDefault(metric, List.of()).stream()
                .filter(cell -> cell.recordedSecond() <= knownUntil)
                .map(LedgerCell::on)
                .findFirst();
    }

    /** Every baseline the council recorded, in the order recorded. */
    public List<Baseline> baselines() {
        return baselines.stream().sorted(Comparator.comparing(Baseline::recordedAt)).toList();
    }

    /** Whether anything of the metric was recorded at all, in any period. */
    public boolean knows(String metric) {
        return cellsByMetric.containsKey(metric) || baselines.stream().anyMatch(b -> b.metric().equals(metric));
    }

    private static void add(Map<String, Long> breakdown, String dimension, long value) {
        if (dimension != null) {
            breakdown.merge(dimension, value, Long::sum);
        }
    }

    /**
     * @param value     the total
     * @param breakdown by dimension value (zero values left out)
     */
    public record Figure(long value, Map<String, Long> breakdown) {
    }

    /** A historical total a council recorded for a period before the platform. */
    public record Baseline(String metric, LocalDate from, LocalDate to, long value, Map<String, Long> breakdown,
                           String source, Instant recordedAt) {
        public Baseline {
            breakdown = breakdown == null ? Map.of() : new LinkedHashMap<>(breakdown);
        }
    }
}
