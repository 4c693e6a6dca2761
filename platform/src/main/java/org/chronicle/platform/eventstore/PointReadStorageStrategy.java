package org.chronicle.platform.eventstore;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

/**
 * Axon's document-per-event storage, reading an aggregate's stream one event at a time by aggregate identifier and
 * sequence number — exactly the keys of the store's unique index — instead of one range query on the sequence number.
 *
 * <p>The embedded store answers only queries on exactly a unique index's keys from that index; the range query made
 * every aggregate load and every read-back of a stream a scan of {@code domainevents}, so a submission's latency grew
 * with the whole store (BENCHMARKS.md, growth). Streams here are short (snapshots every 50 events bound them), so the
 * extra round trips cost little on a real MongoDB, where {@code chronicle.eventstore.aggregate-reads=range} restores
 * the single query.
 */
class PointReadStorageStrategy extends DocumentPerEventStorageStrategy {

    private final EventEntryConfiguration fields;

    PointReadStorageStrategy(EventEntryConfiguration fields, Duration lookBack) {
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
}
