package org.chronicle.timeline.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/admin/audit/repair}.
 *
 * @param repaired      one line per gap found, with the events read and applied
 * @param remainingGaps what a fresh audit still reports after the repair
 */
public record RepairReport(List<Repair> repaired, List<AuditGap> remainingGaps, Instant repairedAt) {

    /**
     * @param fromSequence first sequence number read from the store
     * @param toSequence   the aggregate's newest sequence number when the gap was found
     * @param applied      events that changed the projection (others were already there)
     */
    public record Repair(String aggregateId, String aggregateType, long fromSequence, long toSequence, int applied) {
    }
}
