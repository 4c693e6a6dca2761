package org.chronicle.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code ./chronicle}: starts everything, prints where to look, and stops it all on Ctrl-C. */
public final class ChronicleLauncher {

    private ChronicleLauncher() {
    }

    public static void main(String[] args) throws Exception {
        // run as `java -jar .../chronicle-launcher.jar`: the service jars sit in services/ next to it
        Path home = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                .toAbsolutePath().getParent();
        PlatformSettings settings = PlatformSettings.fromEnvironment(System.getenv(), home);
        if (args.length > 0 && args[0].equals("seed")) {
            seedOnly(settings);
            return;
        }
        System.out.printf("Chronicle starting (data folder %s)%n", settings.dataDir());
        Platform platform;
        try {
            // CHRONICLE_INSTANCES=2: two processes of each service behind the gateway, as a deployment would run them
            int instances = Integer.parseInt(System.getenv().getOrDefault("CHRONICLE_INSTANCES", "1"));
            platform = Platform.start(settings, java.util.Map.of(PlatformSettings.Service.ARTICLE, instances,
                    PlatformSettings.Service.ENTITY, instances, PlatformSettings.Service.TIMELINE, instances));
        } catch (IllegalStateException e) {
            System.err.println("Chronicle could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Chronicle stopping...");
            try {
                platform.close();
                System.out.println("Chronicle stopped; data kept in " + settings.dataDir());
            } catch (Exception e) {
                System.err.println("Stopping failed: " + e);
            }
            stopped.countDown();
        }, "chronicle-shutdown"));
        printSummary(platform);
        stopped.await();
    }

    /**
     * {@code seed}: loads the seeds into an already running platform (Docker Compose, Kubernetes), through
     * {@code CHRONICLE_GATEWAY_URL} with the key in {@code CHRONICLE_SEED_KEY}.
     */
    private static void seedOnly(PlatformSettings settings) throws Exception {
        String gateway = System.getenv().getOrDefault("CHRONICLE_GATEWAY_URL", settings.gatewayUrl());
        String key = System.getenv("CHRONICLE_SEED_KEY");
        if (key == null || key.isBlank()) {
            System.err.println("CHRONICLE_SEED_KEY must hold an editor or admin key");
            System.exit(2);
        }
        java.nio.file.Files.createDirectories(settings.dataDir());
        SeedLoader.Report report = new SeedLoader(gateway, key, settings.dataDir()).load(settings.seedsDir());
        System.out.printf("Seeds: %d loaded, %d already present, %d kept as stored, %d revised, %d retracted, "
                          + "%d files unchanged, %d failures%n", report.loaded(), report.alreadyPresent(),
                          report.conflicts(), report.revised(), report.retracted(), report.skippedFiles(),
                          report.failures().size());
        report.failures().forEach(f -> System.err.println("  " + f));
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    private static void printSummary(Platform platform) {
        SeedLoader.Report seeds = platform.seeds();
        String gateway = platform.gatewayUrl();
        System.out.printf("""

                Chronicle is running (started in %.1f s).
                  Gateway      %s
                  Articles     %s/api/articles
                  Entities     %s/api/entities
                  Timeline     %s/api/timeline
                  Operators    %s/ops   Health: /actuator/health, metrics: /actuator/prometheus on every service
                  Admin key    %s
                  Data folder  %s (logs in logs/)
                  Seeds        %d loaded, %d already present, %d kept as stored, %d revised, %d retracted, %d files unchanged since last start%s
                Press Ctrl-C to stop.
                """,
                platform.startup().toMillis() / 1000.0, gateway, gateway, gateway, gateway, gateway,
                // the key itself is never printed: consoles end up in CI logs and terminal recordings
                platform.adminKey() != null ? "in " + platform.settings().dataDir().resolve("admin.key")
                        + "  (use: -H \"X-Api-Key: $(cat " + platform.settings().dataDir().resolve("admin.key") + ")\")"
                        : "(from CHRONICLE_API_KEYS)",
                platform.settings().dataDir(), seeds.loaded(), seeds.alreadyPresent(), seeds.conflicts(),
                seeds.revised(), seeds.retracted(), seeds.skippedFiles(), seeds.failures().isEmpty() ? "" : "\n  Seed failures:\n    "
                        + String.join("\n    ", seeds.failures()));
    }
}
