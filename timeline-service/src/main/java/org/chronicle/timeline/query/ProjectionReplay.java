package org.chronicle.timeline.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.chronicle.timeline.api.ReplayState;
import org.chronicle.timeline.api.ReplayView;
import org.chronicle.timeline.config.TimelineProperties;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projection from the event store: stops the processor, resets its tokens to the tail of the store
 * (which runs the projection's reset handler), starts it again and watches it until it has replayed everything.
 *
 * <p>Finished means every segment is either past the position it had at the reset ({@code isReplaying()} false)
 * or has processed everything available ({@code isCaughtUp()}). The second case matters with
 * {@code MongoTrackingToken}: a replay token only learns that the replay is over from the first event newer than the
 * reset, so on a quiet store the segments keep reporting "replaying" while they have nothing left to replay.
 *
 * <p>A reset needs every segment's token, so only one instance can run it while the others' processors are stopped:
 * {@link ReplayCoordination} announces the replay to them and waits until they released their claims (a dead
 * instance's claims count until the claim timeout), and they start again when it is over.
 */
@Component
public class ProjectionReplay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);

    private final ProjectionProcessor processors;
    private final ProjectionStore store;
    private final ReplayProgress progress;
    private final Duration logEvery;
    private final Duration pollEvery;
    private final ScheduledExecutorService poller = DaemonScheduler.single("timeline-replay");

    private final ReplayCoordination coordination;
    private final Duration claimTimeout;
    private volatile String epoch;
    private volatile ReplayState state = ReplayState.IDLE;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private ScheduledFuture<?> polling;
    private int segments;
    private long lastLogNanos;

    public ProjectionReplay(ProjectionProcessor processors, ProjectionStore store, ReplayProgress progress,
                            TimelineProperties properties, MeterRegistry registry, ReplayCoordination coordination,
                            org.chronicle.platform.eventstore.EventStoreProperties eventStore) {
        this.coordination = coordination;
        this.claimTimeout = eventStore.claimTimeout();
        this.processors = processors;
        this.store = store;
        this.progress = progress;
        this.logEvery = properties.replay().logEvery();
        this.pollEvery = properties.replay().pollEvery();
        Gauge.builder("chronicle.timeline.replay.state", this, r -> r.state.ordinal())
                .description("0 idle, 1 running, 2 done, 3 failed").register(registry);
        Gauge.builder("chronicle.timeline.replay.processed", progress, ReplayProgress::processed)
                .description("Events handled since the last replay started").register(registry);
        Gauge.builder("chronicle.timeline.replay.total", progress, ReplayProgress::total)
                .description("Events in the store when the last replay started").register(registry);
    }

    /** @throws ReplayAlreadyRunning when a replay has not finished yet */
    public synchronized ReplayView start() {
        return start(null);
    }

    /**
     * @param newSegmentCount the projection's segment count from this replay on (its categories spread over that
     *                        many segments, see TimelinePartitions), or {@code null} to keep it
     * @throws InvalidParameter     for a count outside 1..{@value TimelinePartitions#MAX_SEGMENTS}
     * @throws ReplayAlreadyRunning when a replay has not finished yet
     */
    public synchronized ReplayView start(Integer newSegmentCount) {
        if (newSegmentCount != null && (newSegmentCount < 1 || newSegmentCount > TimelinePartitions.MAX_SEGMENTS)) {
            throw new InvalidParameter("segments", "'segments' must be between 1 and "
                    + TimelinePartitions.MAX_SEGMENTS + " (one category or more per segment), not " + newSegmentCount
                    + ".");
        }
        if (state == ReplayState.RUNNING) {
            throw new ReplayAlreadyRunning(view());
        }
        ReplayView elsewhere = coordination.announcedElsewhere();
        if (elsewhere != null && elsewhere.state() == ReplayState.RUNNING) {
            throw new ReplayAlreadyRunning(elsewhere);
        }
        StreamingEventProcessor processor = processors.processor();
        epoch = null;
        state = ReplayState.RUNNING;
        startedAt = Instant.now();
        finishedAt = null;
        error = null;
        long total;
        try {
            log.info("replay.requested processor={}", processor.getName());
            total = store.events().countDocuments();
            epoch = coordination.announce(total);
            processor.shutDown();
            coordination.awaitOthersReleased(claimTimeout.plusSeconds(10));
            if (newSegmentCount != null && newSegmentCount != processors.segmentCount()) {
                log.info("replay.resegment from={} to={}", processors.segmentCount(), newSegmentCount);
                processors.resegment(newSegmentCount);
            }
            // from the tail, not the processor's initial token: that one is itself a replay token
            processor.resetTokens(source -> source.createTailToken());
            segments = processors.segmentCount();
            progress.begin(total, segments);
            processor.start();
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            fail("replay could not start: " + e.getMessage());
            if (!processor.isRunning()) {
                processor.start();
            }
            throw new ReplayFailed("The replay could not start: " + e.getMessage(), e);
        }
        lastLogNanos = System.nanoTime();
        log.info("replay.started processor={} total={} segments={}", processor.getName(), total, segments);
        polling = poller.scheduleWithFixedDelay(this::check, pollEvery.toMillis(), pollEvery.toMillis(),
                                                TimeUnit.MILLISECONDS);
        return view();
    }

    /** This instance's replay, or a newer one another instance runs or ran. */
    public ReplayView view() {
        ReplayView local = new ReplayView(state, progress.processed(), progress.total(), startedAt, finishedAt, error);
        if (state != ReplayState.RUNNING) {
            ReplayView elsewhere = coordination.announcedElsewhere();
            if (elsewhere != null && (startedAt == null || elsewhere.startedAt().isAfter(startedAt))) {
                return elsewhere;
            }
        }
        return local;
    }

    public boolean isRunning() {
        return state == ReplayState.RUNNING;
    }

    synchronized void check() {
        if (state != ReplayState.RUNNING) {
            return;
        }
        try {
            StreamingEventProcessor processor = processors.processor();
            if (!processor.isRunning()) {
                fail("the processor stopped during the replay");
                return;
            }
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            boolean allClaimed = segments == 0 || status.size() >= segments;
            boolean finished = allClaimed && status.values().stream()
                    .allMatch(s -> !s.isErrorState() && (!s.isReplaying() || s.isCaughtUp()));
            if (finished) {
                state = ReplayState.DONE;
                finishedAt = Instant.now();
                progress.end();
                polling.cancel(false);
                coordination.record(epoch, view());
                log.info("replay.done processor={} processed={} total={} durationMs={}", processor.getName(),
                         progress.processed(), progress.total(), Duration.between(startedAt, finishedAt).toMillis());
            } else {
                coordination.record(epoch, view());
            }
            if (state == ReplayState.RUNNING && System.nanoTime() - lastLogNanos >= logEvery.toNanos()) {
                lastLogNanos = System.nanoTime();
                long erring = status.values().stream().filter(EventTrackerStatus::isErrorState).count();
                log.info("replay.progress processed={} total={} elapsedMs={} segmentsClaimed={} segmentsInError={}",
                         progress.processed(), progress.total(), progress.elapsedMillis(), status.size(), erring);
            }
        } catch (RuntimeException e) {
            log.warn("replay.check failed; will retry", e);
        }
    }

    private void fail(String reason) {
        state = ReplayState.FAILED;
        finishedAt = Instant.now();
        error = reason;
        progress.end();
        if (polling != null) {
            polling.cancel(false);
        }
        if (epoch != null) {
            coordination.record(epoch, view());
        }
        log.error("replay.failed reason=\"{}\"", reason);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
