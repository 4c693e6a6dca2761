package org.chronicle.timeline.api;

/**
 * {@code GET /api/admin/projection}: document counts of the timeline collections. Only what the projection holds, so
 * it compares equal before and after a replay; the processor's state is at {@code /api/admin/projection/processor}.
 */
public record ProjectionSummary(long articles, long entities, long entries) {
}
