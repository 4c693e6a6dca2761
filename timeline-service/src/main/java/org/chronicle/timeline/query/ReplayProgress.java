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
    private volatile long startedAtNanos;

    public ReplayProgress(int logEveryEvents) {
        this.logEveryEvents = Math.max(1, logEveryEvents);
    }

    void begin(long total) {
        this.total = total;
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
        if (count % logEveryEvents == 0) {
            log.info("replay.progress processed={} total={} elapsedMs={}", count, total, elapsedMillis());
        }
    }

    long processed() {
        return processed.get();
    }

    long total() {
        return total;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedAtNanos) / 1_000_000;
    }
}
