package org.chronicle.bench;

import java.util.List;

/**
 * Measurements 1, 2, 3 and 7 on the platform as a user first meets it: a cold start of the launcher on a fresh
 * data folder with the seeds, its memory at idle, then the gateway, lag and ingest loads while memory is sampled,
 * and finally the check that the benchmark's generated event documents match what these services just wrote.
 */
final class PlatformUnderLoad {

    private PlatformUnderLoad() {
    }

    static void run(Bench bench) throws Exception {
        Progress.say("cold start: the launcher on a fresh data folder, loading the seeds");
        try (LaunchedPlatform platform = LaunchedPlatform.start(bench.root, bench.work.resolve("platform"), bench.seeds(),
                                                                List.of())) {
            bench.record(Result.of("footprint.start.healthy", platform.untilHealthy().toMillis() / 1000.0, "s")
                    .target(Result.Target.VALUE, "<=", 30)
                    .noted("launcher JVM start to every service healthy"));
            bench.record(Result.of("footprint.start.seeded", platform.untilRunning().toMillis() / 1000.0, "s")
                    .target(Result.Target.VALUE, "<=", 30)
                    .noted("launcher JVM start to 'Chronicle is running', seeds (119 entities, 50 articles) loaded"));
            Thread.sleep(bench.scale.name().equals("full") ? 10_000 : 2_000);
            Footprint.recordIdle(bench, platform);
            List<SyntheticArticles.Article> ingested;
            try (Footprint footprint = Footprint.underLoad(platform)) {
                GatewayOverhead.run(bench, platform);
                EndToEndLag.run(bench, platform);
                ingested = Ingest.run(bench, platform);
                footprint.close();
                footprint.record(bench);
            }
            Fidelity.check(bench, platform, ingested);
            Progress.say("stopping the platform");
        }
    }
}
