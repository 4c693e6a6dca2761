package org.chronicle.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event of an aggregate's stream as the API shows it ({@code GET /api/articles/{id}/events},
 * {@code GET /api/entities/{id}/events}): the payload as recorded, with who and which request caused it.
 */
public record StoredEvent(String eventId, long sequence, String type, Instant timestamp, Object payload,
                          Map<String, Object> metadata) {

    public static StoredEvent of(DomainEventMessage<?> event) {
        Map<String, Object> metadata = new java.util.LinkedHashMap<>();
        event.getMetaData().forEach((key, value) -> {
            if (RequestContext.REQUEST_ID.equals(key) || RequestContext.ACTOR.equals(key)) {
                metadata.put(key, value);
            }
        });
        return new StoredEvent(event.getIdentifier(), event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                               event.getTimestamp(), event.getPayload(), metadata);
    }

    public static List<StoredEvent> of(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(StoredEvent::of).toList();
    }
}
