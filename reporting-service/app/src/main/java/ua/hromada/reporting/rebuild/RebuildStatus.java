package ua.hromada.reporting.rebuild;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a rebuild stands; only a running one can still change the live ledger (by switching to its result). */
public enum RebuildStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
