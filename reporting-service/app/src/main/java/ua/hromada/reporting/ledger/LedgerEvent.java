package ua.hromada.reporting.ledger;

import java.time.Instant;

/**
 * An event as the ledger needs it: its payload, where it stands in the event store, whose record it concerns and
 * when the platform learnt it.
 *
 * @param eventId          the event's identifier (the source every fact names)
 * @param globalSequence   its position in the event store, gap-free and increasing
 * @param aggregateId      the record it belongs to ({@code null} for an event of no aggregate, such as a baseline)
 * @param aggregateSequence its sequence number within that record
 * @param tenant           the council
 * @param user             who caused it ({@code null} when unknown)
 * @param recordedAt       when it was stored: the recording time of its facts
 * @param payload          the event itself
 */
public record LedgerEvent(
        String eventId,
        long globalSequence,
        String aggregateId,
        long aggregateSequence,
        String tenant,
        String user,
        Instant recordedAt,
        Object payload) {
}
