package org.chronicle.timeline.api;

/** One claimed segment of the projection's processor, as {@code EventTrackerStatus} reports it. */
public record SegmentView(int segment, boolean caughtUp, boolean replaying, String error) {
}
