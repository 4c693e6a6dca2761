package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Updates.inc;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.Segment;
import org.bson.Document;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.timeline.live.TimelineChange;
import org.chronicle.timeline.live.TimelineChanges;
import org.springframework.stereotype.Component;

/**
 * The projection split by category over the processor's segments.
 *
 * <p>Axon's segments split <em>events</em> (by aggregate), but the timeline's composition can only be split by
 * <em>category</em>: an entry merges statements of one category from many articles, in the order they arrive, and one
 * article's statements fall into several categories. So every segment is handed every event
 * ({@link EverySegmentInvoker}) and composes only the statements of its categories: category {@code c} belongs to the
 * segment that {@link Segment#matches(int) matches} {@code c.ordinal()}. Each segment reads the stream in the store's
 * order and its categories' entries are built exactly as one segment composing everything builds them, so the
 * segments' entries together are that timeline, whatever the number of segments or instances.
 *
 * <p>A segment composes from the article and entity state as of its own position in the stream, which another
 * segment may be past. Each therefore keeps its own fold ({@link ProjectionStore#forSegment}): P segments fold every
 * event P times and each extracts every article, but each composes and writes only its own share of the entries.
 * A single segment (the default) is the old projection exactly: the root segment composes every category into
 * {@code timeline_articles} and {@code timeline_entities}.
 *
 * <p>Segments must not be split or merged while running (a new segment would have no fold); the count changes with a
 * replay, which rebuilds every fold ({@code POST /api/admin/replay?segments=N}).
 */
@Component
public class TimelinePartitions {

    /** What one segment works with: its own fold and the composer of its categories. */
    public record TimelinePartition(Segment segment, ProjectionStore store, TimelineComposer composer) {

        /** Side effects that must happen once per event, not once per segment, happen in segment 0. */
        boolean first() {
            return segment.getSegmentId() == 0;
        }
    }

    /** More segments than categories would leave some with nothing to compose. */
    public static final int MAX_SEGMENTS = org.chronicle.extraction.Category.values().length;

    private static final ThreadLocal<Segment> CURRENT = new ThreadLocal<>();

    private final ProjectionStore store;
    private final StatementExtractor extractor;
    private final MeterRegistry meters;
    private final TimelineChanges changes;
    private final Map<Segment, TimelinePartition> partitions = new ConcurrentHashMap<>();

    public TimelinePartitions(ProjectionStore store, StatementExtractor extractor, MeterRegistry meters,
                              TimelineChanges changes) {
        this.store = store;
        this.extractor = extractor;
        this.meters = meters;
        this.changes = changes;
    }

    /** Runs the handlers for one segment: they see its partition as {@link #current()}. */
    public <T> T within(Segment segment, Callable<T> handling) throws Exception {
        Segment outer = CURRENT.get();
        CURRENT.set(segment);
        try {
            return handling.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The partition of the segment this thread handles an event for; outside a processor, the whole projection. */
    public TimelinePartition current() {
        Segment segment = CURRENT.get();
        return of(segment == null ? Segment.ROOT_SEGMENT : segment);
    }

    public TimelinePartition of(Segment segment) {
        return partitions.computeIfAbsent(segment, s -> {
            ProjectionStore own = store.forSegment(s.getSegmentId());
            return new TimelinePartition(s, own, new TimelineComposer(own, s, extractor, meters, changes));
        });
    }

    /** Segment 0's partition: the fold the views read and the entities the article history extracts with. */
    public TimelinePartition reading() {
        return of(Segment.ROOT_SEGMENT);
    }

    List<TimelinePartition> known() {
        return List.copyOf(partitions.values());
    }

    /**
     * Empties every segment's fold and the whole timeline, for a replay (Axon resets a processor once, not per
     * segment). Every segment's cached versions move on, also those of segments other instances composed, so no
     * cache outlives the reset.
     */
    synchronized void reset() {
        store.clear();
        store.entries().deleteMany(new Document());
        store.meta().updateMany(regex("_id", "^(entities|entries)(_s\\d+)?$"), inc("version", 1L));
        partitions.values().forEach(p -> p.composer().forget());
        changes.publish(TimelineChange.reset());
    }
}
