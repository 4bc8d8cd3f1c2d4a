package ua.hromada.reporting.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import ua.hromada.reporting.api.report.MetricKind;

/**
 * One metric of the catalogue (DOMAIN.md): its key, how it reads a period, its Ukrainian wording and its breakdown.
 *
 * @param key             e.g. {@code registry.organisations}
 * @param kind            flow, stock or snapshot
 * @param section         the report section it appears in
 * @param rank            its place within the section (lower first), as the councils' reports order them
 * @param title           Ukrainian title, e.g. "Громадські об'єднання на обліку"
 * @param definition      Ukrainian definition: what is counted, by which date
 * @param noun            the counted thing in the forms a number takes, for report sentences
 * @param dimension       what the breakdown is by ({@code null}: no breakdown)
 * @param dimensionLabels Ukrainian names of the breakdown values, in the order reports list them
 */
public record MetricDefinition(
        String key,
        MetricKind kind,
        ReportSectionKind section,
        int rank,
        String title,
        String definition,
        Noun noun,
        String dimension,
        Map<String, String> dimensionLabels) {

    public MetricDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        dimensionLabels = dimensionLabels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dimensionLabels));
    }

    public static Builder flow(String key) {
        return new Builder(key, MetricKind.FLOW);
    }

    public static Builder stock(String key) {
        return new Builder(key, MetricKind.STOCK);
    }

    public static Builder snapshot(String key) {
        return new Builder(key, MetricKind.SNAPSHOT);
    }

    /** Reads like the catalogue table: {@code flow("registry.appeals").in(...).titled(...)...}. */
    public static final class Builder {
        private final String key;
        private final MetricKind kind;
        private ReportSectionKind section;
        private int rank;
        private String title;
        private String definition;
        private Noun noun;
        private String dimension;
        private final Map<String, String> labels = new LinkedHashMap<>();

        private Builder(String key, MetricKind kind) {
            this.key = key;
            this.kind = kind;
        }

        /** The section, and the place within it (lower first). */
        public Builder in(ReportSectionKind section, int rank) {
            this.section = section;
            this.rank = rank;
            return this;
        }

        public Builder titled(String title, String definition) {
            this.title = title;
            this.definition = definition;
            return this;
        }

        public Builder counting(String one, String few, String many) {
            this.noun = new Noun(one, few, many);
            return this;
        }

        public Builder by(String dimension) {
            this.dimension = dimension;
            return this;
        }

        public Builder label(String value, String label) {
            labels.put(value, label);
            return this;
        }

        /** Labels several metrics of a family share, in the order reports list them. */
        public Builder labels(Map<String, String> valueLabels) {
            labels.putAll(valueLabels);
            return this;
        }

        public MetricDefinition build() {
            return new MetricDefinition(key, kind, section, rank, title, definition, noun, dimension, labels);
        }
    }
}
