package org.chronicle.timeline.live;

import java.util.function.Consumer;

/** Where the SSE stream gets the timeline's changes from: this process's composer, or the shared journal. */
public interface ChangeSource {

    /** Adds a listener; closing the returned handle removes it. Listeners must return quickly. */
    AutoCloseable subscribe(Consumer<TimelineChange> listener);
}
