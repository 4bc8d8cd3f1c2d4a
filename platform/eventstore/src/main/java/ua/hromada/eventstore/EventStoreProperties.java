package ua.hromada.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the MongoDB event store shared by every service ({@code hromada.eventstore.*}).
 *
 * @param eventsCollection    collection of commit documents
 * @param snapshotsCollection collection of the latest snapshot per aggregate
 * @param tokensCollection    collection of tracking tokens and their claims
 * @param sagasCollection     collection of saga instances
 * @param batchSize           commits read per tracking fetch, sequence numbers per aggregate fetch
 * @param maxEventsPerCommit  largest unit of work accepted, bounding the search for a load that starts mid-commit
 * @param majority            majority write and read concern, for replica sets; harmless on the embedded server
 * @param claimTimeout        after this long without an extension a token claim may be taken by another node
 * @param processorBatchSize  events a tracking processor handles per unit of work (one token update per batch)
 *                            unless a processor's own {@code axon.eventhandling.processors.<name>.batch-size} says
 *                            otherwise; projections that deduplicate by a window of recent events must remember more
 */
@ConfigurationProperties("hromada.eventstore")
public record EventStoreProperties(
        String eventsCollection,
        String snapshotsCollection,
        String tokensCollection,
        String sagasCollection,
        Integer batchSize,
        Integer maxEventsPerCommit,
        Boolean majority,
        Duration claimTimeout,
        Integer processorBatchSize) {

    public EventStoreProperties {
        eventsCollection = eventsCollection == null ? "events" : eventsCollection;
        snapshotsCollection = snapshotsCollection == null ? "snapshots" : snapshotsCollection;
        tokensCollection = tokensCollection == null ? "tokens" : tokensCollection;
        sagasCollection = sagasCollection == null ? "sagas" : sagasCollection;
        batchSize = batchSize == null ? 100 : batchSize;
        maxEventsPerCommit = maxEventsPerCommit == null ? 1024 : maxEventsPerCommit;
        majority = majority == null ? Boolean.TRUE : majority;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        processorBatchSize = processorBatchSize == null ? 100 : processorBatchSize;
    }
}
