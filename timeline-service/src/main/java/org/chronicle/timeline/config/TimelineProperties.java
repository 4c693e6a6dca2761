package org.chronicle.timeline.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param projection how the {@code timeline-projection} processor runs
 * @param replay     how a replay reports its progress
 * @param audit      when the consistency auditor runs on its own
 */
@ConfigurationProperties("chronicle.timeline")
public record TimelineProperties(@DefaultValue Projection projection,
                                 @DefaultValue Replay replay,
                                 @DefaultValue Audit audit) {

    /**
     * @param segments  initial segment count; events of one aggregate always land in the same segment, so more
     *                  segments only add parallelism across aggregates (and let several instances share the work)
     * @param batchSize events per unit of work; larger batches store the token less often, which speeds up replays
     * @param processor {@code pooled} (one coordinator reading the store for every segment) or {@code tracking} (a
     *                  thread per segment, woken as soon as the event store has new events)
     */
    public record Projection(@DefaultValue("2") int segments, @DefaultValue("100") int batchSize,
                             @DefaultValue("tracking") String processor) {
    }

    /**
     * @param logEveryEvents a progress line after this many replayed events
     * @param logEvery       and at least this often while a replay runs
     * @param pollEvery      how often the replay checks whether the processor has finished replaying
     */
    public record Replay(@DefaultValue("1000") int logEveryEvents,
                         @DefaultValue("5s") Duration logEvery,
                         @DefaultValue("250ms") Duration pollEvery) {
    }

    /**
     * @param interval how often the auditor runs by itself (zero disables it)
     * @param grace    an aggregate whose last event is younger than this is in flight, not a gap
     * @param repair   whether the periodic audit also repairs the gaps it finds (as {@code POST
     *                 /api/admin/audit/repair} does), so a skipped event is folded in without an operator
     */
    public record Audit(@DefaultValue("10m") Duration interval, @DefaultValue("30s") Duration grace,
                        @DefaultValue("true") boolean repair) {
    }
}
