package org.chronicle.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much of everything a run does. {@link #full()} is the published run; {@link #quick()} runs every measurement
 * at sizes that take seconds, so CI proves the harness still works (its figures mean little).
 *
 * @param wrkWarmUp        wrk traffic each side gets before the measured rounds (JIT warm-up), in runs of wrkDuration
 * @param wrkRounds        direct/gateway pairs of wrk runs, alternating which goes first
 * @param lagRate          submissions per second while the end-to-end lag is measured
 * @param ingestArticles   articles submitted through the gateway (and inserted raw) for the ingest ratio
 * @param sizes            store sizes (events) for growth and replay, ascending
 * @param knobsAt          the size at which the replay knobs are tried, or 0 for none
 * @param samples          sequential submits, revisions and queries per size
 */
record Scale(String name, int wrkConnections, Duration wrkWarmUp, Duration wrkDuration, int wrkRounds,
             double lagRate, Duration lagDuration, int ingestArticles, int ingestClients, List<Integer> sizes,
             int knobsAt, int samples, boolean jmhFork, int jmhIterations, Duration jmhTime) {

    static Scale full() {
        return new Scale("full", 4, Duration.ofSeconds(40), Duration.ofSeconds(10), 3, 4, Duration.ofSeconds(60), 400, 8,
                         List.of(1_000, 10_000, 50_000, 100_000), 10_000, 40, true, 3, Duration.ofSeconds(3));
    }

    static Scale quick() {
        return new Scale("quick", 4, Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 4, Duration.ofSeconds(4), 24, 4,
                         List.of(300, 1_200), 0, 6, false, 1, Duration.ofMillis(300));
    }

    Scale withSizes(List<Integer> newSizes, int newKnobsAt) {
        return new Scale(name, wrkConnections, wrkWarmUp, wrkDuration, wrkRounds, lagRate, lagDuration, ingestArticles,
                         ingestClients, newSizes, newKnobsAt, samples, jmhFork, jmhIterations, jmhTime);
    }
}
