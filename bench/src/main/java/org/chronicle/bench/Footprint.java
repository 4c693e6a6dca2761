package org.chronicle.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measurement 7: resident memory of every process (the launcher with the embedded store, the four services) at
 * idle and the highest total while the load measurements run, sampled every half second.
 */
final class Footprint implements AutoCloseable {

    static final double TOTAL_TARGET_MIB = 1.5 * 1024;

    private final LaunchedPlatform platform;
    private final Thread sampler;
    private volatile boolean stopped;
    private long peakTotal;
    private Map<String, Long> atPeak = Map.of();

    private Footprint(LaunchedPlatform platform) {
        this.platform = platform;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
    }

    static void recordIdle(Bench bench, LaunchedPlatform platform) {
        Map<String, Long> rss = platform.residentMebibytes();
        rss.forEach((process, mib) -> bench.record(Result.of("footprint.rss.idle." + process, mib, "MiB")));
        bench.record(Result.of("footprint.rss.idle.total", total(rss), "MiB")
                .target(Result.Target.VALUE, "<=", TOTAL_TARGET_MIB));
    }

    /** Starts sampling; {@link #close()} stops it. */
    static Footprint underLoad(LaunchedPlatform platform) {
        Footprint footprint = new Footprint(platform);
        footprint.sampler.start();
        return footprint;
    }

    void record(Bench bench) {
        synchronized (this) {
            atPeak.forEach((process, mib) -> bench.record(Result.of("footprint.rss.load." + process, mib, "MiB")));
            bench.record(Result.of("footprint.rss.load.total", peakTotal, "MiB")
                    .target(Result.Target.VALUE, "<=", TOTAL_TARGET_MIB));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }

    private void sample() {
        while (!stopped) {
            Map<String, Long> rss = new LinkedHashMap<>(platform.residentMebibytes());
            synchronized (this) {
                if (total(rss) > peakTotal) {
                    peakTotal = total(rss);
                    atPeak = rss;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long total(Map<String, Long> rss) {
        return rss.values().stream().mapToLong(Long::longValue).sum();
    }
}
