package org.chronicle.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurement 1: the same timeline query straight to timeline-service and through the gateway, with the same wrk
 * settings, alternating which goes first in each round so drift on this shared machine hits both alike. Reads need
 * no API key, so neither side sends one.
 */
final class GatewayOverhead {

    static final String QUERY = "/api/timeline?limit=20";

    private GatewayOverhead() {
    }

    static void run(Bench bench, LaunchedPlatform platform) throws Exception {
        if (!Wrk.installed()) {
            String why = "wrk is not installed (apt-get install wrk; .ci/run installs it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Progress.say("gateway overhead: skipped, %s", why);
            bench.record(Result.of("gateway.throughput", Double.NaN, "req/s").noted("skipped: " + why));
            return;
        }
        Scale scale = bench.scale;
        String direct = platform.timelineUrl() + QUERY;
        String gateway = platform.gatewayUrl() + QUERY;
        Progress.say("gateway overhead: wrk -t1 -c%d, %d s per run, %d round(s), GET %s", scale.wrkConnections(),
                     scale.wrkDuration().toSeconds(), scale.wrkRounds(), QUERY);
        warmUp(bench, direct, gateway, scale);
        List<Wrk.Run> directRuns = new ArrayList<>();
        List<Wrk.Run> gatewayRuns = new ArrayList<>();
        for (int round = 0; round < scale.wrkRounds(); round++) {
            boolean directFirst = round % 2 == 0;
            for (boolean isDirect : directFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
                Wrk.Run run = Wrk.run(isDirect ? direct : gateway, scale.wrkConnections(), scale.wrkDuration());
                (isDirect ? directRuns : gatewayRuns).add(run);
                Progress.say("  round %d %-7s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  %d failed", round + 1,
                             isDirect ? "direct" : "gateway", run.requestsPerSecond(), run.p50Millis(), run.p99Millis(),
                             run.failures());
                if (run.failures() > 0) {
                    throw new IllegalStateException(run.failures() + " failed requests to " + (isDirect ? direct : gateway));
                }
            }
        }
        double directRate = mean(directRuns, Wrk.Run::requestsPerSecond);
        double gatewayRate = mean(gatewayRuns, Wrk.Run::requestsPerSecond);
        double directP50 = mean(directRuns, Wrk.Run::p50Millis);
        double gatewayP50 = mean(gatewayRuns, Wrk.Run::p50Millis);
        double directP99 = mean(directRuns, Wrk.Run::p99Millis);
        double gatewayP99 = mean(gatewayRuns, Wrk.Run::p99Millis);
        bench.record(Result.against("gateway.throughput", gatewayRate, "req/s", directRate)
                .target(Result.Target.RATIO, ">=", 0.6));
        bench.record(Result.against("gateway.latency.p50", gatewayP50, "ms", directP50));
        bench.record(Result.of("gateway.latency.p50.added", gatewayP50 - directP50, "ms")
                .target(Result.Target.VALUE, "<=", 2));
        bench.record(Result.against("gateway.latency.p99", gatewayP99, "ms", directP99));
        bench.record(Result.of("gateway.latency.p99.added", gatewayP99 - directP99, "ms"));
    }

    /**
     * Both JVMs compile the request path while they serve it; the gateway's reactive chain is deeper and takes longer
     * (in the run published before this warm-up, the gateway served 586 req/s in its first measured 10 s and 1,490 twenty
     * seconds later, the service 1,648 and then 2,627),
     * so a short warm-up measured the JIT rather than the proxy. Runs of the measured length, alternating sides,
     * until each side has served {@code wrkWarmUp}; the first pair is kept as the cold figure.
     */
    private static void warmUp(Bench bench, String direct, String gateway, Scale scale) throws Exception {
        Duration run = scale.wrkDuration().compareTo(scale.wrkWarmUp()) < 0 ? scale.wrkDuration() : scale.wrkWarmUp();
        long runs = Math.max(1, scale.wrkWarmUp().toMillis() / run.toMillis());
        for (long i = 0; i < runs; i++) {
            Wrk.Run directRun = Wrk.run(direct, scale.wrkConnections(), run);
            Wrk.Run gatewayRun = Wrk.run(gateway, scale.wrkConnections(), run);
            Progress.say("  warm-up %d/%d  direct %6.0f req/s  gateway %6.0f req/s", i + 1, runs,
                         directRun.requestsPerSecond(), gatewayRun.requestsPerSecond());
            if (i == 0) {
                bench.record(Result.against("gateway.throughput.cold", gatewayRun.requestsPerSecond(), "req/s",
                                            directRun.requestsPerSecond())
                        .noted("the first " + run.toSeconds() + " s after start-up, before the warm-up; not a target"));
            }
        }
    }

    private static double mean(List<Wrk.Run> runs, java.util.function.ToDoubleFunction<Wrk.Run> metric) {
        return runs.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }
}
