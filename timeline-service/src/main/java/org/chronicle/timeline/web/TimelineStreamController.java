package org.chronicle.timeline.web;

import org.chronicle.timeline.live.TimelineStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/timeline/stream}: Server-Sent Events announcing timeline changes — {@code ready} on connect, then
 * {@code entry-saved} / {@code entry-deleted} with {@code {"event","id"}} and {@code timeline-reset} (replay).
 */
@RestController
public class TimelineStreamController {

    private final TimelineStream stream;

    public TimelineStreamController(TimelineStream stream) {
        this.stream = stream;
    }

    @GetMapping(value = "/api/timeline/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<SseEmitter> stream() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .body(stream.open());
    }
}
