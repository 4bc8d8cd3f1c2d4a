package ua.hromada.reporting.rebuild;

import java.time.Instant;

/**
 * A rebuild's progress as {@code GET /api/reports/rebuilds/{id}} answers it.
 *
 * @param id              the rebuild
 * @param status          running, completed, failed or cancelled
 * @param generation      the ledger generation it builds
 * @param processed       events handled so far (the position in the event store)
 * @param total           events in the store now (it grows while councils keep recording)
 * @param percent         processed of total, one decimal
 * @param eventsPerSecond average since the start
 * @param etaSeconds      estimated seconds to catch up; {@code null} until it can be estimated
 * @param requestedBy     who started it (shown to the same council's callers and platform admins)
 * @param requestedAt     when it was asked for
 * @param finishedAt      when it completed, failed or was cancelled
 * @param failure         why it failed
 */
public record RebuildView(String id, RebuildStatus status, long generation, long processed, long total,
                          double percent, double eventsPerSecond, Long etaSeconds, String requestedBy,
                          Instant requestedAt, Instant finishedAt, String failure) {
}
