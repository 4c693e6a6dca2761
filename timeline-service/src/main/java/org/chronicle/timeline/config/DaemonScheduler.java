package org.chronicle.timeline.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one-thread schedules the timeline's background tasks run on: named, so thread dumps say what each is. */
public final class DaemonScheduler {

    private DaemonScheduler() {
    }

    /** One daemon thread called {@code name}: a stuck task never keeps the JVM from exiting. */
    public static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
