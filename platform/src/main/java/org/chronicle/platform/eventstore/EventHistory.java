package org.chronicle.platform.eventstore;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Reads one aggregate's own stream from the event store, oldest first, ignoring snapshots: what
 * {@code GET /{id}/events} shows and what read models fold for a read-your-writes view of a single aggregate.
 */
public class EventHistory {

    private final EventStore eventStore;

    public EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @throws AggregateNotFoundException when nothing is stored under {@code aggregateId} */
    public List<? extends DomainEventMessage<?>> read(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream().toList();
        if (events.isEmpty()) {
            throw new AggregateNotFoundException(aggregateId, "No events stored for " + aggregateId);
        }
        return events;
    }
}
