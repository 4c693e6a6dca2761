package org.chronicle.timeline.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In-process publisher of timeline changes: the composer publishes after it wrote the entries, listeners (the SSE
 * stream) subscribe. Thread-safe; a listener that throws is logged and does not affect the publisher or other
 * listeners. Listeners run on the publisher's thread, so they must hand work off and return quickly.
 */
@Component
public class TimelineChanges implements ChangeSource {

    private static final Logger log = LoggerFactory.getLogger(TimelineChanges.class);

    private final List<Consumer<TimelineChange>> listeners = new CopyOnWriteArrayList<>();

    public void publish(TimelineChange change) {
        for (Consumer<TimelineChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("timeline.change.listener.failed event={} id={}", change.event(), change.id(), e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<TimelineChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }
}
