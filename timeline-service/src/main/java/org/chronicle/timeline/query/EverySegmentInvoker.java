package org.chronicle.timeline.query;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * Hands every event to every segment of the processor, where Axon's invoker hands each event to the one segment its
 * aggregate hashes to: the timeline's segments split the composition by category, not the events by aggregate
 * ({@link TimelinePartitions}). The handlers run as for the root segment, inside the segment's partition.
 */
public class EverySegmentInvoker implements EventHandlerInvoker {

    private final EventHandlerInvoker handlers;
    private final TimelinePartitions partitions;

    public EverySegmentInvoker(EventHandlerInvoker handlers, TimelinePartitions partitions) {
        this.handlers = handlers;
        this.partitions = partitions;
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        return handlers.canHandle(event, Segment.ROOT_SEGMENT);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handlers.canHandleType(payloadType);
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        partitions.within(segment, () -> {
            handlers.handle(event, Segment.ROOT_SEGMENT);
            return null;
        });
    }

    @Override
    public boolean supportsReset() {
        return handlers.supportsReset();
    }

    @Override
    public void performReset() {
        handlers.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        handlers.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        handlers.segmentReleased(segment);
    }
}
