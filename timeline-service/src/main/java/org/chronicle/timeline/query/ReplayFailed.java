package org.chronicle.timeline.query;

/** The processor could not be stopped, reset or restarted for a replay. */
public class ReplayFailed extends RuntimeException {

    public ReplayFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
