package org.chronicle.timeline.query;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the events the projection handles while a replay runs. Kept apart from {@link ProjectionReplay} because
 * the processor's interceptor needs it before the processor exists, and the replay needs the processor.
 */
public class ReplayProgress {

    private static final Logger log = LoggerFactory.getLogger(ReplayProgress.class);

    private final AtomicLong processed = new AtomicLong();
    private final int logEveryEvents;
    private volatile boolean counting;
    private volatile long total;
    /** every segment handles every event (TimelinePartitions) */
    private volatile int segments = 1;
    private volatile long startedAtNanos;

    public ReplayProgress(int logEveryEvents) {
        this.logEveryEvents = Math.max(1, logEveryEvents);
    }

    void begin(long total, int segments) {
        this.total = total;
        this.segments = Math.max(1, segments);
        this.startedAtNanos = System.nanoTime();
        processed.set(0);
        counting = true;
    }

    void end() {
        counting = false;
    }

    /** One event handled and committed by the projection's processor. */
    public void handled() {
        if (!counting) {
            return;
        }
        long count = processed.incrementAndGet();
        if (count % ((long) logEveryEvents * segments) == 0) {
            log.info("replay.progress processed={} total={} elapsedMs={}", count / segments, total, elapsedMillis());
        }
    }

    /** Events every segment has handled, as far as the count tells: the handlings over the segments. */
    long processed() {
        return processed.get() / segments;
    }

    long total() {
        return total;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedAtNanos) / 1_000_000;
    }
}
