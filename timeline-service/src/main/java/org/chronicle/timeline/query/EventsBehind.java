package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #GAUGE}: events in the store newer than the projection processor's position, i.e. with a
 * timestamp after the timestamp of its tracking token (of a replay token: its current token; none yet means every
 * stored event is behind). With several segments the one furthest behind counts.
 *
 * <p>Counting scans the event store, so a scheduled task refreshes the value (every 10 s by default) and a scrape
 * only reads it. The gauge is NaN until the first refresh, and while this instance has claimed no segment (another
 * instance then owns the position).
 */
@Component
public class EventsBehind implements DisposableBean {

    public static final String GAUGE = "chronicle.timeline.events.behind";

    private static final Logger log = LoggerFactory.getLogger(EventsBehind.class);

    private final MongoCollection<Document> events;
    private final Supplier<Collection<TrackingToken>> positions;
    private final AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
    private final ScheduledExecutorService schedule = DaemonScheduler.single("timeline-events-behind");

    @Autowired
    public EventsBehind(ProjectionStore store, ProjectionProcessor processors, MeterRegistry registry,
                        @Value("${chronicle.timeline.events-behind.refresh:10s}") Duration refresh) {
        this(store.events(), () -> processors.status().values().stream()
                .map(EventTrackerStatus::getTrackingToken).toList(), registry, refresh);
    }

    /** @param refresh how often to count; zero or negative: only when {@link #refresh()} is called */
    EventsBehind(MongoCollection<Document> events, Supplier<Collection<TrackingToken>> positions,
                 MeterRegistry registry, Duration refresh) {
        this.events = events;
        this.positions = positions;
        Gauge.builder(GAUGE, value, v -> v.get())
                .description("Events in the store newer than the timeline processor's token (refreshed periodically)")
                .register(registry);
        if (!refresh.isZero() && !refresh.isNegative()) {
            schedule.scheduleWithFixedDelay(this::scheduledRefresh, refresh.toMillis(), refresh.toMillis(),
                                            TimeUnit.MILLISECONDS);
        }
    }

    /** Counts again and sets the gauge; NaN when no segment is claimed here. */
    double refresh() {
        Collection<TrackingToken> tokens = positions.get();
        double behind = tokens.isEmpty() ? Double.NaN : tokens.stream().mapToLong(this::behind).max().orElse(0);
        value.set(behind);
        return behind;
    }

    /** Events stored after the given position; every event when the position is none yet. */
    long behind(TrackingToken token) {
        Instant position = timestamp(token);
        return position == null ? events.countDocuments()
                                : events.countDocuments(gt("timestamp", DateTimeUtils.formatInstant(position)));
    }

    private static Instant timestamp(TrackingToken token) {
        if (token instanceof ReplayToken replay) {
            return timestamp(replay.getCurrentToken());
        }
        if (token instanceof MongoTrackingToken mongo) {
            return mongo.getTimestamp();
        }
        if (token == null) {
            return null;
        }
        throw new IllegalArgumentException("Not a MongoTrackingToken: " + token.getClass().getName());
    }

    private void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("events-behind.refresh failed; will retry", e);
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
