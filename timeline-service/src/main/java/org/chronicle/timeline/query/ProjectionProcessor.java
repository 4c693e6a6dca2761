package org.chronicle.timeline.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.chronicle.timeline.api.ProcessorView;
import org.chronicle.timeline.api.SegmentView;
import org.springframework.stereotype.Component;

/** The {@code timeline-projection} processor, looked up when needed (it exists only once Axon has started). */
@Component
public class ProjectionProcessor {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;

    public ProjectionProcessor(EventProcessingConfiguration processing, TokenStore tokenStore) {
        this.processing = processing;
        this.tokenStore = tokenStore;
    }

    public StreamingEventProcessor processor() {
        return processing.eventProcessor(TimelineProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException(
                        "No streaming processor named " + TimelineProjection.GROUP + " is configured"));
    }

    /** Segments in the token store, claimed by this instance or not. */
    public int segmentCount() {
        return tokenStore.fetchSegments(TimelineProjection.GROUP).length;
    }

    /** The processor's segments with their masks, as the token store has them; the root one before any exists. */
    public List<Segment> segments() {
        int[] ids = tokenStore.fetchSegments(TimelineProjection.GROUP);
        if (ids.length == 0) {
            return List.of(Segment.ROOT_SEGMENT);
        }
        return java.util.Arrays.stream(ids).sorted().mapToObj(id -> Segment.computeSegment(id, ids)).toList();
    }

    /**
     * Replaces the processor's tokens by {@code count} segments, each at the furthest position any segment had, so
     * that a reset right after turns them into replay tokens (a replay is then flagged as one). Only while the
     * processor is stopped here and no other instance holds a claim: the caller, a replay, makes sure of both.
     */
    void resegment(int count) {
        String name = TimelineProjection.GROUP;
        TrackingToken furthest = null;
        for (int segment : tokenStore.fetchSegments(name)) {
            TrackingToken token = WrappedToken.unwrapUpperBound(tokenStore.fetchToken(name, segment));
            if (token != null) {
                furthest = furthest == null ? token : furthest.upperBound(token);
            }
            tokenStore.deleteToken(name, segment);
        }
        tokenStore.initializeTokenSegments(name, count, furthest);
    }

    public Map<Integer, EventTrackerStatus> status() {
        return processor().processingStatus();
    }

    /** Every segment claimed here has seen all events currently available. */
    public boolean caughtUp() {
        Map<Integer, EventTrackerStatus> status = status();
        return !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    public ProcessorView view() {
        StreamingEventProcessor processor = processor();
        List<SegmentView> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(s -> new SegmentView(s.getSegment().getSegmentId(), s.isCaughtUp(), s.isReplaying(),
                                          s.isErrorState() ? String.valueOf(s.getError()) : null))
                .toList();
        return new ProcessorView(processor.getName(), processor.isRunning(), segments);
    }
}
