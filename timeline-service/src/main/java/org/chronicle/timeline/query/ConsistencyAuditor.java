package org.chronicle.timeline.query;

import static com.mongodb.client.model.Accumulators.last;
import static com.mongodb.client.model.Accumulators.max;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.chronicle.timeline.api.AuditGap;
import org.chronicle.timeline.api.AuditReport;
import org.chronicle.timeline.api.RepairReport;
import org.chronicle.timeline.config.TimelineProperties;
import org.chronicle.timeline.query.SequencedUpdate.Outcome;
import org.chronicle.timeline.config.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Compares, per Article and Entity aggregate, the newest sequence number in the event store with the projection's
 * {@code lastSequence}, in every segment's fold. This is the safety net for the tracking token's look-back window: an event that became
 * visible more than the look-back after its own timestamp (a slow writer, clock skew between nodes) is never
 * streamed to the processor, and nothing else would notice.
 *
 * <p>Reads the store with the driver, not through Axon: it needs one number per aggregate, not the events.
 */
@Component
public class ConsistencyAuditor implements DisposableBean {

    public static final String GAPS_GAUGE = "chronicle.timeline.audit.gaps";
    public static final String REPAIRED_COUNTER = "chronicle.timeline.audit.repaired";

    private static final Logger log = LoggerFactory.getLogger(ConsistencyAuditor.class);
    private static final List<String> AUDITED_TYPES = List.of("Article", "Entity");

    private final ProjectionStore store;
    private final TimelinePartitions partitions;
    private final TimelineProjection projection;
    private final EventStore eventStore;
    private final ProjectionReplay replay;
    private final ProjectionProcessor processors;
    private final SegmentClaims claims;
    private final Duration grace;
    private final boolean repairScheduled;
    private final Map<String, Counter> repairedEvents;
    private final AtomicInteger lastGaps = new AtomicInteger();
    private final ScheduledExecutorService schedule = DaemonScheduler.single("timeline-audit");

    public ConsistencyAuditor(ProjectionStore store, TimelinePartitions partitions, TimelineProjection projection,
                              EventStore eventStore,
                              ProjectionReplay replay, ProjectionProcessor processors, SegmentClaims claims,
                              TimelineProperties properties, MeterRegistry registry) {
        this.claims = claims;
        this.store = store;
        this.partitions = partitions;
        this.projection = projection;
        this.eventStore = eventStore;
        this.replay = replay;
        this.processors = processors;
        this.grace = properties.audit().grace();
        this.repairScheduled = properties.audit().repair();
        this.repairedEvents = Map.of("manual", repairCounter(registry, "manual"),
                                     "scheduled", repairCounter(registry, "scheduled"));
        Gauge.builder(GAPS_GAUGE, lastGaps, AtomicInteger::get)
                .description("Aggregates the projection lags behind, as of the last audit").register(registry);
        Duration interval = properties.audit().interval();
        if (!interval.isZero() && !interval.isNegative()) {
            schedule.scheduleWithFixedDelay(this::scheduledAudit, interval.toMillis(), interval.toMillis(),
                                            TimeUnit.MILLISECONDS);
        }
    }

    /** @throws ReplayAlreadyRunning while a replay rebuilds the projection (every aggregate would be a gap) */
    public AuditReport audit() {
        if (replay.isRunning()) {
            throw new ReplayAlreadyRunning(replay.view());
        }
        return check();
    }

    /**
     * Applies, for each gap, the aggregate's events after the projected sequence through the projection's own
     * update code. Safe while the processor runs: both write under the same {@code lastSequence} guard, and the
     * composition is serialized per segment. Gaps of segments another live instance holds are left to that instance
     * (they stay in {@code remainingGaps}); its own periodic audit repairs them.
     */
    public RepairReport repair() {
        return repair(audit().gaps(), "manual");
    }

    private RepairReport repair(List<AuditGap> gaps, String trigger) {
        List<RepairReport.Repair> repaired = new ArrayList<>();
        Map<Integer, Segment> segments = new HashMap<>();
        processors.segments().forEach(s -> segments.put(s.getSegmentId(), s));
        // the holder's processor composes those segments: a repair here would race it on the same entries
        Map<Integer, String> heldElsewhere = claims.heldElsewhere();
        for (AuditGap gap : gaps) {
            Segment segment = segments.get(gap.segment());
            if (segment == null || heldElsewhere.containsKey(gap.segment())) {
                continue; // left for the holder's own audit (or the segments changed since the audit)
            }
            TimelinePartitions.TimelinePartition partition = partitions.of(segment);
            long from = gap.projectedSequence() == null ? 0 : gap.projectedSequence() + 1;
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(gap.aggregateId(), from)
                    .asStream().toList();
            int applied = 0;
            for (DomainEventMessage<?> event : events) {
                if (projection.project(partition, event) == Outcome.APPLIED) {
                    applied++;
                }
            }
            repairedEvents.get(trigger).increment(applied);
            log.info("audit.repaired aggregateId={} aggregateType={} segment={} fromSequence={} toSequence={} "
                     + "applied={} trigger={}", gap.aggregateId(), gap.aggregateType(), gap.segment(), from,
                     gap.storedSequence(), applied, trigger);
            repaired.add(new RepairReport.Repair(gap.aggregateId(), gap.aggregateType(), from,
                                                 gap.storedSequence(), applied));
        }
        AuditReport after = check();
        return new RepairReport(repaired, after.gaps(), after.checkedAt());
    }

    private AuditReport check() {
        Instant checkedAt = Instant.now();
        String settled = DateTimeUtils.formatInstant(checkedAt.minus(grace));
        // the store first, the projection second: whatever gets projected in between only makes the projection
        // look further ahead, never behind
        // sorted by the unique (aggregateIdentifier, sequenceNumber) index, so $last is the aggregate's last event
        List<Document> aggregates = store.events().aggregate(List.of(
                match(in("type", AUDITED_TYPES)),
                sort(ascending("aggregateIdentifier", "sequenceNumber")),
                group(new Document("id", "$aggregateIdentifier").append("type", "$type"),
                      max("stored", "$sequenceNumber"), last("lastEventAt", "$timestamp"))))
                .allowDiskUse(true)
                .into(new ArrayList<>());
        // every segment folds every event into its own copy
        Map<Integer, Map<String, Map<String, Long>>> projected = new TreeMap<>();
        for (Segment segment : processors.segments()) {
            ProjectionStore own = store.forSegment(segment.getSegmentId());
            projected.put(segment.getSegmentId(), Map.of("Article", lastSequences(own.articles()),
                                                         "Entity", lastSequences(own.entities())));
        }

        List<AuditGap> gaps = new ArrayList<>();
        int inFlight = 0;
        for (Document aggregate : aggregates) {
            Document key = aggregate.get("_id", Document.class);
            String id = key.getString("id");
            String type = key.getString("type");
            long stored = aggregate.get("stored", Number.class).longValue();
            List<AuditGap> behind = new ArrayList<>();
            projected.forEach((segment, sequences) -> {
                Long projectedSequence = sequences.get(type).get(id);
                if (projectedSequence == null || projectedSequence < stored) {
                    behind.add(new AuditGap(id, type, segment, stored, projectedSequence));
                }
            });
            if (behind.isEmpty()) {
                continue;
            }
            // a recent last event is most likely still on its way; timestamps are fixed-width ISO-8601 text, so
            // text order is time order. An old one that is not projected was skipped.
            String lastEventAt = aggregate.getString("lastEventAt");
            if (lastEventAt != null && lastEventAt.compareTo(settled) > 0) {
                inFlight++;
            } else {
                gaps.addAll(behind);
            }
        }
        int checked = aggregates.size();
        gaps.sort(Comparator.comparing(AuditGap::aggregateType).thenComparing(AuditGap::aggregateId)
                            .thenComparingInt(AuditGap::segment));
        lastGaps.set(gaps.size());
        if (!gaps.isEmpty()) {
            log.warn("audit.gaps checkedAggregates={} gaps={} inFlight={} first={}", checked, gaps.size(), inFlight,
                     gaps.get(0));
        } else {
            log.info("audit.clean checkedAggregates={} inFlight={}", checked, inFlight);
        }
        return new AuditReport(checked, gaps, inFlight, checkedAt);
    }

    private static Counter repairCounter(MeterRegistry registry, String trigger) {
        return Counter.builder(REPAIRED_COUNTER).tag("trigger", trigger)
                .description("Events the auditor's repair applied to the projection").register(registry);
    }

    private static Map<String, Long> lastSequences(MongoCollection<Document> collection) {
        Map<String, Long> sequences = new HashMap<>();
        for (Document document : collection.find().projection(include(ProjectionStore.LAST_SEQUENCE))) {
            Number last = document.get(ProjectionStore.LAST_SEQUENCE, Number.class);
            if (last != null) {
                sequences.put(document.getString("_id"), last.longValue());
            }
        }
        return sequences;
    }

    private void scheduledAudit() {
        try {
            // behind on purpose while replaying or catching up: an audit then would only report noise
            if (!replay.isRunning() && processors.caughtUp()) {
                List<AuditGap> gaps = check().gaps();
                if (repairScheduled && !gaps.isEmpty()) {
                    repair(gaps, "scheduled");
                }
            }
        } catch (RuntimeException e) {
            log.warn("audit.failed", e);
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
