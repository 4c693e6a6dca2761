package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Spreads the projection's segments over the live instances. Axon's processors claim every unclaimed segment they
 * have room for, so the instance that starts first holds them all and the others only stand by; without Axon Server
 * nothing evens that out. Each instance therefore records a heartbeat in {@code timeline_instances}, and one that
 * holds more than its fair share ({@code ceil(segments / live instances)}) releases the excess through Axon's own
 * {@link StreamingEventProcessor#releaseSegment(int)}, which keeps it from claiming them back for two claim intervals
 * while an instance with room claims them through the token store. Takeover needs nothing from here: a dead
 * instance's claims expire and the survivors claim its segments.
 *
 * <p>A heartbeat goes stale well before a claim expires ({@link #staleAfter}), so by the time a survivor can claim a
 * dead instance's segment it no longer counts the dead one and keeps what it claimed. Only an instance whose
 * processor runs beats (one paused for a replay elsewhere could not take a released segment), and nothing is
 * released while a replay runs here.
 *
 * <p>Metrics: gauge {@value #CLAIMED_GAUGE} (segments this instance holds) and counter {@value #RELEASED_COUNTER}.
 */
@Component
public class SegmentBalancer implements DisposableBean {

    public static final String INSTANCES = "timeline_instances";
    public static final String CLAIMED_GAUGE = "chronicle.timeline.segments.claimed";
    public static final String RELEASED_COUNTER = "chronicle.timeline.segments.released";
    /** heartbeats of instances gone this long are deleted (a killed instance never deletes its own) */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final MongoCollection<Document> instances;
    private final ProjectionProcessor processors;
    private final ProjectionReplay replay;
    private final Duration staleAfter;
    private final Counter released;
    private final String node = SegmentClaims.NODE;
    private final ScheduledExecutorService schedule = DaemonScheduler.single("timeline-segment-balancer");

    public SegmentBalancer(MongoDatabase chronicleDatabase, ProjectionProcessor processors, ProjectionReplay replay,
                           SegmentClaims claims, MeterRegistry registry,
                           @Value("${chronicle.timeline.balance.every:1s}") Duration every) {
        this.instances = chronicleDatabase.getCollection(INSTANCES);
        this.processors = processors;
        this.replay = replay;
        this.staleAfter = staleAfter(every, claims.claimTimeout());
        this.released = Counter.builder(RELEASED_COUNTER)
                .description("Segments this instance released for another instance to claim").register(registry);
        Gauge.builder(CLAIMED_GAUGE, processors, SegmentBalancer::claimed)
                .description("Segments of the timeline projection this instance holds").register(registry);
        if (!every.isZero() && !every.isNegative()) {
            schedule.scheduleWithFixedDelay(this::balanceSafely, every.toMillis(), every.toMillis(),
                                            TimeUnit.MILLISECONDS);
        }
    }

    /** Half the claim timeout (stale before a dead instance's claims expire), but at least three missed beats. */
    static Duration staleAfter(Duration every, Duration claimTimeout) {
        Duration missed = every.multipliedBy(3);
        Duration half = claimTimeout.dividedBy(2);
        return missed.compareTo(half) < 0 ? half : missed;
    }

    /** How many segments one of {@code live} instances should hold. */
    static int fairShare(int segments, long live) {
        return (int) Math.ceil(segments / (double) Math.max(1, live));
    }

    /**
     * Records this instance as live and releases what it holds beyond its fair share.
     *
     * @return the segments released
     */
    List<Integer> balance() {
        Instant now = Instant.now();
        StreamingEventProcessor processor = processors.processor();
        if (!processor.isRunning()) {
            instances.deleteOne(eq("_id", node));
            return List.of();
        }
        instances.replaceOne(eq("_id", node), new Document("_id", node).append("seenAt", Date.from(now)),
                             new ReplaceOptions().upsert(true));
        instances.deleteMany(lt("seenAt", Date.from(now.minus(FORGET_AFTER))));
        if (replay.isRunning()) {
            return List.of();
        }
        int segments = processors.segmentCount();
        long live = instances.countDocuments(gte("seenAt", Date.from(now.minus(staleAfter))));
        int fair = fairShare(segments, live);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        if (held.size() <= fair) {
            return List.of();
        }
        List<Integer> released = held.subList(fair, held.size());
        released.forEach(processor::releaseSegment);
        this.released.increment(released.size());
        log.info("segments.released segments={} held={} fairShare={} liveInstances={} node={}", released, held, fair,
                 live, node);
        return released;
    }

    private static double claimed(ProjectionProcessor processors) {
        try {
            return processors.status().size();
        } catch (RuntimeException notStartedYet) {
            return Double.NaN;
        }
    }

    private void balanceSafely() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("segments.balance.failed reason={}", e.toString());
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
        try {
            instances.deleteOne(eq("_id", node));
        } catch (RuntimeException e) {
            log.debug("segments.unregister.failed reason={}", e.toString());
        }
    }
}
