package org.chronicle.bench;

import java.time.Duration;

/** One line per step on standard output, with the time since the run began, so a long run shows where it is. */
final class Progress {

    private static final long STARTED = System.nanoTime();

    private Progress() {
    }

    static void say(String format, Object... arguments) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - STARTED);
        System.out.printf("[bench %02d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(),
                          String.format(format, arguments));
        System.out.flush();
    }

    static double secondsSinceStart() {
        return (System.nanoTime() - STARTED) / 1e9;
    }
}
