package org.chronicle.timeline.live;

/**
 * One change of {@code timeline_entries}, as the stream announces it.
 *
 * @param event {@link #SAVED}, {@link #DELETED} or {@link #RESET}
 * @param id    the entry's id ({@code null} for a reset)
 */
public record TimelineChange(String event, String id) {

    public static final String SAVED = "entry-saved";
    public static final String DELETED = "entry-deleted";
    public static final String RESET = "timeline-reset";

    public static TimelineChange saved(String id) {
        return new TimelineChange(SAVED, id);
    }

    public static TimelineChange deleted(String id) {
        return new TimelineChange(DELETED, id);
    }

    public static TimelineChange reset() {
        return new TimelineChange(RESET, null);
    }
}
