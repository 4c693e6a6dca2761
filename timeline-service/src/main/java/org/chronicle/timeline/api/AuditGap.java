package org.chronicle.timeline.api;

/**
 * An aggregate whose projection lags its stream.
 *
 * @param segment           the projection segment whose fold lags (each segment folds every event; 0 with one)
 * @param storedSequence    the aggregate's newest sequence number in the event store
 * @param projectedSequence the segment's {@code lastSequence}; {@code null} when the aggregate is not projected
 */
public record AuditGap(String aggregateId, String aggregateType, int segment, long storedSequence,
                       Long projectedSequence) {
}
