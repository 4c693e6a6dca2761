package org.chronicle.timeline.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/admin/audit}.
 *
 * @param checkedAggregates Article and Entity aggregates found in the event store
 * @param gaps              aggregates the projection is behind on although their last event is older than the grace
 *                          period ({@code chronicle.timeline.audit.grace})
 * @param inFlight          aggregates behind whose last event is younger than the grace period (most likely still
 *                          being processed); not counted as gaps
 */
public record AuditReport(int checkedAggregates, List<AuditGap> gaps, int inFlight, Instant checkedAt) {
}
