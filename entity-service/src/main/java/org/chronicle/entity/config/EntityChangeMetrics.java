package org.chronicle.entity.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;

/**
 * Counts {@code chronicle.entities.changed} by {@code change}, one per entity event this service publishes.
 * Counted after the unit of work commits, so a command whose append fails (a concurrent writer) counts nothing,
 * and a command that changes nothing (an idempotent repeat) publishes no event to count.
 */
public class EntityChangeMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String METRIC = "chronicle.entities.changed";

    private final Map<Class<?>, Counter> counters;

    public EntityChangeMetrics(MeterRegistry registry) {
        this.counters = Map.of(
                EntityRegistered.class, counter(registry, "registered"),
                EntityAliasAdded.class, counter(registry, "alias_added"),
                EntityAliasRemoved.class, counter(registry, "alias_removed"),
                EntityRenamed.class, counter(registry, "renamed"),
                EntityMerged.class, counter(registry, "merged"),
                EntityRetired.class, counter(registry, "retired"));
    }

    public void registerWith(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        List<Counter> changes = messages.stream().map(message -> counters.get(message.getPayloadType()))
                .filter(Objects::nonNull).toList();
        if (!changes.isEmpty()) {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> changes.forEach(Counter::increment));
            } else {
                changes.forEach(Counter::increment);
            }
        }
        return (index, message) -> message;
    }

    private static Counter counter(MeterRegistry registry, String change) {
        return Counter.builder(METRIC).description("Entity changes recorded, by kind")
                .tag("change", change).register(registry);
    }
}
