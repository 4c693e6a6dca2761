package org.chronicle.timeline.query;

import org.chronicle.timeline.api.ReplayView;

/** A replay was requested, or the projection was to be audited, while a replay rebuilds it. */
public class ReplayAlreadyRunning extends RuntimeException {

    private final transient ReplayView status;

    public ReplayAlreadyRunning(ReplayView status) {
        super("A replay of the timeline projection is running since " + status.startedAt()
                      + " (" + status.processed() + " of " + status.total() + " events).");
        this.status = status;
    }

    public ReplayView status() {
        return status;
    }
}
