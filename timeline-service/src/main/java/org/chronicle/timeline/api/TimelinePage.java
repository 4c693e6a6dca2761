package org.chronicle.timeline.api;

import java.util.List;

/** {@code GET /api/timeline}: entries in chronological order; {@code nextCursor} is null on the last page. */
public record TimelinePage(List<TimelineEntry> entries, String nextCursor) {
}
