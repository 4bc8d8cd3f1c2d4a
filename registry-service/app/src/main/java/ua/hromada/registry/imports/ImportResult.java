package ua.hromada.registry.imports;

import java.time.Instant;
import java.util.List;

/**
 * What an import did: every non-blank line is either accepted (recorded now, or found already recorded by an
 * earlier import, which is what makes re-sending a file harmless) or rejected with its line number, field and
 * reason, having stored nothing.
 *
 * @param status            {@code running} while lines are still being read, then {@code completed}
 * @param rejections        the rejected lines in line order, at most {@value NdjsonImport#MAX_REPORTED_REJECTIONS}
 * @param rejectionsOmitted rejected lines beyond those listed
 */
public record ImportResult(
        String importId,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long lines,
        long accepted,
        long created,
        long alreadyRecorded,
        long rejected,
        double linesPerSecond,
        List<LineRejection> rejections,
        long rejectionsOmitted) {

    /**
     * A line that stored nothing.
     *
     * @param line  1-based line number in the file
     * @param type  the line's type, when it could be read
     * @param id    the line's id, when it gave one
     * @param field the field to blame, as written in the line, or {@code null} when the line as a whole is wrong
     */
    public record LineRejection(long line, String type, String id, String code, String field, String reason) {
    }
}
