package org.chronicle.timeline.api;

/**
 * An aggregate whose projection lags its stream.
 *
 * @param storedSequence    the aggregate's newest sequence number in the event store
 * @param projectedSequence the projection's {@code lastSequence}; {@code null} when the aggregate is not projected
 */
public record AuditGap(String aggregateId, String aggregateType, long storedSequence, Long projectedSequence) {
}
