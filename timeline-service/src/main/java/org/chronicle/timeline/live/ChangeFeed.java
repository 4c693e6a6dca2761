package org.chronicle.timeline.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance's view of {@link ChangeJournal}: polls it every {@code poll} and hands each change to the local
 * listeners (the SSE stream) once. A poll reads from {@code lookBack} before the newest change seen, because two
 * writers' clocks (a failover moves composing to another instance) or commits in flight can place a change slightly
 * before one already read; ids already delivered are skipped. Starts at "now": history is not replayed to clients.
 */
public class ChangeFeed implements ChangeSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int BATCH = 1000;
    private static final int REMEMBERED = 10_000;

    private final ChangeJournal journal;
    private final TimelineChanges listeners = new TimelineChanges();
    private final Duration lookBack;
    private final Duration retention;
    private final LinkedHashSet<ObjectId> delivered = new LinkedHashSet<>();
    private final ScheduledExecutorService poller = DaemonScheduler.single("timeline-change-feed");
    private Date newestSeen;
    private long lastPrune;

    public ChangeFeed(ChangeJournal journal, Clock clock, Duration poll, Duration lookBack, Duration retention) {
        this.journal = journal;
        this.lookBack = lookBack;
        this.retention = retention;
        this.newestSeen = Date.from(clock.instant());
        try {
            // what is already in the look-back window happened before this instance's clients could ask
            journal.since(new Date(newestSeen.getTime() - lookBack.toMillis()), BATCH)
                    .forEach(change -> delivered.add(change.getObjectId("_id")));
        } catch (RuntimeException storeDown) {
            log.warn("timeline.change.feed.failed reason={}", storeDown.toString());
        }
        long every = Math.max(10, poll.toMillis());
        poller.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public AutoCloseable subscribe(Consumer<TimelineChange> listener) {
        return listeners.subscribe(listener);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the store may be down; the next poll tries again
            log.warn("timeline.change.feed.failed reason={}", e.toString());
        }
    }

    void poll() {
        List<Document> batch = journal.since(new Date(newestSeen.getTime() - lookBack.toMillis()), BATCH);
        for (Document change : batch) {
            ObjectId id = change.getObjectId("_id");
            Date at = change.getDate("at");
            if (at.after(newestSeen)) {
                newestSeen = at;
            }
            if (delivered.add(id)) {
                if (delivered.size() > REMEMBERED) {
                    delivered.remove(delivered.iterator().next());
                }
                listeners.publish(new TimelineChange(change.getString("event"), change.getString("entryId")));
            }
        }
        if (System.nanoTime() - lastPrune > retention.toNanos() / 4) {
            lastPrune = System.nanoTime();
            journal.prune(retention);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
