package org.chronicle.timeline.api;

import java.time.Instant;

/**
 * {@code GET /api/admin/replay}.
 *
 * @param total     events in the store when the replay started
 * @param processed events the projection handled since the replay started (new events included)
 * @param error     why the replay failed, when it did
 */
public record ReplayView(ReplayState state, long processed, long total, Instant startedAt, Instant finishedAt,
                         String error) {
}
