package org.chronicle.timeline.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Wraps every event the {@code timeline-projection} processor hands to its handlers: counts it towards a running
 * replay and measures how long after its timestamp it reached the projection. Both happen after the batch commits,
 * so a batch that fails and is retried is not counted twice.
 */
public class ProjectionInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    public static final String LAG_TIMER = "chronicle.timeline.projection.lag";

    private final ReplayProgress progress;
    private final Timer lag;

    public ProjectionInterceptor(ReplayProgress progress, MeterRegistry registry) {
        this.progress = progress;
        this.lag = Timer.builder(LAG_TIMER)
                .description("From an event's timestamp to its being projected (live events only)")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        // replayed events are old by definition; their age says nothing about how the projection keeps up
        boolean replayed = ReplayToken.isReplay(event);
        Object result = interceptorChain.proceed();
        unitOfWork.afterCommit(u -> {
            progress.handled();
            if (!replayed) {
                Duration age = Duration.between(event.getTimestamp(), Instant.now());
                lag.record(age.isNegative() ? Duration.ZERO : age);
            }
        });
        return result;
    }
}
