package ua.hromada.reporting.api.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a metric reads a period (DOMAIN.md, metric catalogue). */
public enum MetricKind {
    /** What happened within the period, by business date. */
    FLOW,
    /** What exists on the period's last day. */
    STOCK,
    /** The latest recorded value on or before the period's last day. */
    SNAPSHOT;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
