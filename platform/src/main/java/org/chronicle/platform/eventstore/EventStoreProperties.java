package org.chronicle.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lookBack     how far behind its newest event a Mongo tracking token keeps looking for events that became
 *                     visible late. An event committed more than this after its own timestamp is skipped by
 *                     tracking processors (the auditor reports it). Larger is safer but every token then carries
 *                     the ids of all events inside the window.
 * @param claimTimeout after this long without an update, another node may claim a processor segment
 * @param batchSize    events read per query when streaming the store
 * @param serverSelectionTimeout how long an operation waits for a reachable store before it fails: bounds how long a
 *                     request hangs while the store is down (then 503), instead of the driver's default 30 s. A
 *                     command waits at most twice (Axon reads the snapshot, then the events). On a replica set whose
 *                     elections take longer, raise it, or put {@code serverSelectionTimeoutMS} in the URI (which wins).
 * @param fetchDelay   how long the event store waits before asking the store again when it found nothing new:
 *                     events another process appended reach this one's processors after at most this long. An
 *                     ask that finds nothing new costs a document count ({@link ScanAvoidingStorageStrategy})
 * @param avoidScans   ask the store only what it answers without reading all events when it ignores secondary
 *                     indexes (the embedded store): streams event by event, no tracking query when nothing was
 *                     added ({@link ScanAvoidingStorageStrategy}); {@code false} gives Axon's own queries, which a
 *                     real MongoDB's indexes serve
 */
@ConfigurationProperties("chronicle.eventstore")
public record EventStoreProperties(@DefaultValue("5s") Duration lookBack,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   @DefaultValue("200") int batchSize,
                                   @DefaultValue("50") int snapshotThreshold,
                                   @DefaultValue("2s") Duration serverSelectionTimeout,
                                   @DefaultValue("1s") Duration fetchDelay,
                                   @DefaultValue("true") boolean avoidScans) {
}
