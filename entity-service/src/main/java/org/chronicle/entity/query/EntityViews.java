package org.chronicle.entity.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.chronicle.api.entity.EntityEvent;
import org.chronicle.entity.api.EntityView;
import org.chronicle.platform.eventstore.EventHistory;
import org.chronicle.platform.web.StoredEvent;
import org.springframework.stereotype.Component;

/**
 * One entity read straight from its event stream: consistent with every command that has returned, unlike the
 * directory, which trails the store.
 */
@Component
public class EntityViews {

    private final EventHistory eventHistory;

    public EntityViews(EventHistory eventHistory) {
        this.eventHistory = eventHistory;
    }

    /** @throws AggregateNotFoundException when no entity is stored under {@code entityId} */
    public EntityView get(String entityId) {
        return EntityFold.fold(history(entityId)).orElseThrow(() -> notFound(entityId));
    }

    public Optional<EntityView> find(String entityId) {
        try {
            return Optional.of(get(entityId));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** @throws AggregateNotFoundException when no entity is stored under {@code entityId} */
    public List<StoredEvent> events(String entityId) {
        return StoredEvent.of(history(entityId));
    }

    // the store is shared with other services: an id of another aggregate type is no entity
    private List<? extends DomainEventMessage<?>> history(String entityId) {
        List<? extends DomainEventMessage<?>> events = eventHistory.read(entityId);
        if (events.stream().noneMatch(event -> event.getPayload() instanceof EntityEvent)) {
            throw notFound(entityId);
        }
        return events;
    }

    private static AggregateNotFoundException notFound(String entityId) {
        return new AggregateNotFoundException(entityId, "No entity is stored under " + entityId + ".");
    }
}
