package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.chronicle.timeline.api.ReplayState;
import org.chronicle.timeline.api.ReplayView;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays with several instances. Axon resets a processor's tokens only when no other node holds a claim on them, so
 * the instance that starts a replay announces it in {@code timeline_meta {_id: "replay"}}; every other instance's
 * watcher shuts its processor down (releasing its claims) while the announcement is current, and starts it again once
 * the replay is over. The announcing instance refreshes the document with its progress on every check, so any
 * instance can answer {@code GET /api/admin/replay}, and an announcement not refreshed for {@link #STALE} (its
 * instance died) no longer holds the others back: their processors resume, and the persisted replay token carries on.
 */
public class ReplayCoordination implements AutoCloseable {

    static final Duration STALE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ReplayCoordination.class);
    private static final String ID = "replay";

    private final MongoCollection<Document> meta;
    private final SegmentClaims claims;
    private final ProjectionProcessor processors;
    private final String node = SegmentClaims.NODE;
    private final ScheduledExecutorService watcher = DaemonScheduler.single("timeline-replay-watcher");
    private volatile String pausedFor;

    public ReplayCoordination(MongoDatabase database, ProjectionProcessor processors, SegmentClaims claims,
                              Duration watchEvery) {
        this.meta = database.getCollection(ProjectionStore.META);
        this.claims = claims;
        this.processors = processors;
        long every = Math.max(50, watchEvery.toMillis());
        watcher.scheduleWithFixedDelay(this::watchSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** Announces a replay by this instance; the other instances start stopping their processors. */
    String announce(long total) {
        String epoch = UUID.randomUUID().toString();
        meta.replaceOne(eq("_id", ID), new Document("_id", ID).append("epoch", epoch).append("node", node)
                .append("state", ReplayState.RUNNING.name()).append("processed", 0L).append("total", total)
                .append("startedAt", new Date()).append("refreshedAt", new Date()), new ReplaceOptions().upsert(true));
        log.info("replay.announced epoch={} node={}", epoch, node);
        return epoch;
    }

    /** Records progress (and keeps the announcement current), or the end of the replay. */
    void record(String epoch, ReplayView view) {
        meta.updateOne(and(eq("_id", ID), eq("epoch", epoch)), new Document("$set", new Document("state",
                view.state().name()).append("processed", view.processed()).append("total", view.total())
                .append("finishedAt", view.finishedAt() == null ? null : Date.from(view.finishedAt()))
                .append("error", view.error()).append("refreshedAt", new Date())));
    }

    /**
     * Waits until no other node holds a live claim on the projection's segments.
     *
     * @throws IllegalStateException naming the nodes still holding claims after {@code timeout}
     */
    void awaitOthersReleased(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<Integer, String> holders = claims.heldElsewhere();
            if (holders.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("instances " + holders.values() + " still hold the projection's segments");
            }
            Thread.sleep(200);
        }
    }

    /** The replay another instance announced and keeps current, as this instance can report it. */
    ReplayView announcedElsewhere() {
        Document replay = meta.find(eq("_id", ID)).first();
        if (replay == null || node.equals(replay.getString("node"))) {
            return null;
        }
        return new ReplayView(ReplayState.valueOf(replay.getString("state")), replay.get("processed", Number.class)
                .longValue(), replay.get("total", Number.class).longValue(), instant(replay.getDate("startedAt")),
                instant(replay.getDate("finishedAt")), replay.getString("error"));
    }

    private void watchSafely() {
        try {
            watch();
        } catch (RuntimeException e) {
            log.warn("replay.watch.failed reason={}", e.toString());
        }
    }

    void watch() {
        Document replay = meta.find(eq("_id", ID)).first();
        boolean holdsUsBack = replay != null && !node.equals(replay.getString("node"))
                && ReplayState.RUNNING.name().equals(replay.getString("state"))
                && replay.getDate("refreshedAt").toInstant().isAfter(Instant.now().minus(STALE));
        if (holdsUsBack && pausedFor == null) {
            pausedFor = replay.getString("epoch");
            log.info("replay.pause epoch={} by={}: stopping this instance's processor", pausedFor,
                     replay.getString("node"));
            processors.processor().shutDown();
        } else if (!holdsUsBack && pausedFor != null) {
            log.info("replay.resume epoch={}: starting this instance's processor again", pausedFor);
            pausedFor = null;
            processors.processor().start();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
