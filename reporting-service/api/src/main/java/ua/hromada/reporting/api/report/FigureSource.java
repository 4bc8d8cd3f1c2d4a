package ua.hromada.reporting.api.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a figure of a report comes from, so a reader can tell a counted figure from a recorded total or a gap. */
public enum FigureSource {
    /** Computed from the facts the council's records produced. */
    RECORDS,
    /** A historical total recorded for a period before the platform (POST /api/reports/baselines). */
    BASELINE,
    /** Nothing covers the period: the figure is unknown, which a report says instead of printing 0. */
    UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
