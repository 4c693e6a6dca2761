package org.chronicle.entity.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityEvent;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.EntityView;
import org.chronicle.entity.command.EntityInput;

/**
 * Folds entity events into an {@link EntityView}. Both the single-entity read (from the event store) and the
 * directory projection use it, so the two can never disagree about what an event means.
 */
public final class EntityFold {

    private EntityFold() {
    }

    /** The view of a whole stream, oldest first; empty when it holds no entity events. */
    public static Optional<EntityView> fold(List<? extends DomainEventMessage<?>> events) {
        EntityView view = null;
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof EntityEvent entityEvent) {
                EntityView next = apply(view, entityEvent, event.getSequenceNumber());
                view = next == null ? view : next;
            }
        }
        return Optional.ofNullable(view);
    }

    /**
     * @param sequence the event's position in its stream; the result's version is {@code sequence + 1}
     * @return the view after the event, or {@code null} when the event needs a registration not seen
     */
    public static EntityView apply(EntityView current, EntityEvent event, long sequence) {
        long version = sequence + 1;
        if (event instanceof EntityRegistered registered) {
            return new EntityView(registered.entityId(), registered.type(), registered.name(), registered.side(),
                                  sorted(registered.aliases()), sortedIds(registered.externalIds()),
                                  EntityStatus.ACTIVE, null, version);
        }
        if (current == null) {
            return null;
        }
        if (event instanceof EntityAliasAdded added) {
            Map<String, List<String>> aliases = sorted(current.aliases());
            List<String> values = aliases.computeIfAbsent(added.language(), l -> new ArrayList<>());
            if (EntityInput.indexIgnoringCase(values, added.alias()) < 0) {
                values.add(added.alias());
            }
            return with(current, current.name(), aliases, current.status(), current.mergedInto(), version);
        }
        if (event instanceof EntityAliasRemoved removed) {
            Map<String, List<String>> aliases = sorted(current.aliases());
            List<String> values = aliases.get(removed.language());
            if (values != null) {
                int index = EntityInput.indexIgnoringCase(values, removed.alias());
                if (index >= 0) {
                    values.remove(index);
                }
                if (values.isEmpty()) {
                    aliases.remove(removed.language());
                }
            }
            return with(current, current.name(), aliases, current.status(), current.mergedInto(), version);
        }
        if (event instanceof EntityRenamed renamed) {
            return with(current, renamed.name(), current.aliases(), current.status(), current.mergedInto(), version);
        }
        if (event instanceof EntityMerged merged) {
            return with(current, current.name(), current.aliases(), EntityStatus.MERGED, merged.intoEntityId(),
                        version);
        }
        if (event instanceof EntityRetired) {
            return with(current, current.name(), current.aliases(), EntityStatus.RETIRED, null, version);
        }
        return current;
    }

    private static EntityView with(EntityView current, String name, Map<String, List<String>> aliases,
                                   EntityStatus status, String mergedInto, long version) {
        return new EntityView(current.id(), current.type(), name, current.side(), aliases, current.externalIds(),
                              status, mergedInto, version);
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> aliases) {
        Map<String, List<String>> copy = new TreeMap<>();
        if (aliases != null) {
            aliases.forEach((language, values) -> copy.put(language, new ArrayList<>(values)));
        }
        return copy;
    }

    private static Map<String, String> sortedIds(Map<String, String> externalIds) {
        return Collections.unmodifiableMap(externalIds == null ? new TreeMap<>() : new TreeMap<>(externalIds));
    }
}
