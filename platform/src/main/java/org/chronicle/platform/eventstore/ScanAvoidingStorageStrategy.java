package org.chronicle.platform.eventstore;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

/**
 * Axon's document-per-event storage, asking only what a store that ignores secondary indexes (the embedded one)
 * answers without reading all of {@code domainevents} (BENCHMARKS.md, findings):
 * <ul>
 *   <li>an aggregate's stream is read one event at a time by aggregate identifier and sequence number — exactly the
 *       keys of the store's unique index — instead of one range query on the sequence number, which made every
 *       aggregate load and every read-back of a stream a scan;</li>
 *   <li>a processor asking for events after a token that found none last time is answered from the collection's
 *       document count: events are never deleted, so an unchanged count (read before that last, empty query) means
 *       nothing was appended since, and the scan the query would be is skipped. Idle services ask every fetch delay.</li>
 * </ul>
 * Streams here are short (snapshots every 50 events), so on a real MongoDB the extra round trips cost little; there
 * {@code chronicle.eventstore.avoid-scans=false} gives Axon's own queries, which its indexes serve.
 */
class ScanAvoidingStorageStrategy extends DocumentPerEventStorageStrategy {

    private static final int REMEMBERED_TOKENS = 64;

    private final EventEntryConfiguration fields;
    /** tokens after which the last query found nothing, with the document count read before that query */
    private final Map<TrackingToken, Long> nothingAfter = new ConcurrentHashMap<>();

    ScanAvoidingStorageStrategy(EventEntryConfiguration fields, Duration lookBack) {
        super(fields, lookBack);
        this.fields = fields;
    }

    /** The events from {@code firstSequenceNumber} on, up to {@code batchSize}; the engine asks again for more. */
    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection,
                                                                String aggregateIdentifier, long firstSequenceNumber,
                                                                int batchSize) {
        List<DomainEventData<?>> events = new ArrayList<>();
        for (long sequence = firstSequenceNumber; events.size() < batchSize; sequence++) {
            Document event = collection.find(new Document(fields.aggregateIdentifierProperty(), aggregateIdentifier)
                                                     .append(fields.sequenceNumberProperty(), sequence)).first();
            if (event == null) {
                break;
            }
            extractEvents(event).forEach(events::add);
        }
        return events;
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> collection,
                                                                  TrackingToken lastToken, int batchSize) {
        long stored = collection.estimatedDocumentCount();
        if (lastToken != null && Long.valueOf(stored).equals(nothingAfter.get(lastToken))) {
            return List.of();
        }
        List<? extends TrackedEventData<?>> found = super.findTrackedEvents(collection, lastToken, batchSize);
        if (lastToken != null && found.isEmpty()) {
            if (nothingAfter.size() >= REMEMBERED_TOKENS) {
                nothingAfter.clear();
            }
            nothingAfter.put(lastToken, stored);
        }
        return found;
    }
}
