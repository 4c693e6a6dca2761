package org.chronicle.timeline.api;

import java.util.List;

/** The projection's processor on this instance: segments it has claimed and how far they are. */
public record ProcessorView(String name, boolean running, List<SegmentView> segments) {
}
