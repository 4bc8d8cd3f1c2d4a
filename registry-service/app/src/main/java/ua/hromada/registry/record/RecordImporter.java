package ua.hromada.registry.record;

/**
 * One {@code type} of line that {@code POST /api/registry/imports} accepts, declared as a bean by the register it
 * belongs to. A line is read into {@link #requestType()} exactly as the register's own {@code POST} body (same field
 * names, same validation), then turned into one command, so one line records atomically or not at all.
 *
 * @param <R> the request record, e.g. the body of {@code POST /api/registry/organisations}
 */
public interface RecordImporter<R> {

    /** The line's {@code type}, e.g. {@code organisation} or {@code street-committee-election}. */
    String type();

    Class<R> requestType();

    /** The id the line chose for its record, or {@code null} to have one derived from the line. */
    String clientIdOf(R request);

    /**
     * The command recording the line in the caller's council.
     *
     * @param clientId the line's id, or the one derived from its content when it has none
     * @throws ua.hromada.web.problem.RejectedException when the line names something that does not exist
     */
    Object commandFor(R request, String clientId);

    /**
     * Whether lines of this type name records created by earlier lines (an election names its street's committee):
     * such a line waits until every earlier line is recorded.
     */
    default boolean refersToEarlierLines() {
        return false;
    }
}
