package org.chronicle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measurement 3: from sending a submission to its entry being visible in {@code GET /api/timeline} (through the
 * gateway, as the analysts' page reads it), at a steady open-loop rate: submissions start on schedule whatever the
 * earlier ones are doing, and each is then polled every {@value #POLL_MILLIS} ms.
 */
final class EndToEndLag {

    static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_MILLIS = 30_000;

    private EndToEndLag() {
    }

    /** {sum in seconds, count} of timeline-service's projection lag timer. */
    private static double[] projectionLag(LaunchedPlatform platform) throws Exception {
        String metrics = new Api(platform.timelineUrl(), platform.key()).text("/actuator/prometheus");
        double[] sumAndCount = new double[2];
        for (String line : metrics.split("\n")) {
            if (line.startsWith("chronicle_timeline_projection_lag_seconds_sum")) {
                sumAndCount[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("chronicle_timeline_projection_lag_seconds_count")) {
                sumAndCount[1] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sumAndCount;
    }

    static void run(Bench bench, LaunchedPlatform platform) throws Exception {
        Scale scale = bench.scale;
        int count = (int) Math.round(scale.lagRate() * scale.lagDuration().toSeconds());
        long intervalNanos = (long) (1e9 / scale.lagRate());
        SyntheticArticles articles = new SyntheticArticles(bench.entities, "lag-" + Long.toString(System.nanoTime(), 36));
        Api api = new Api(platform.gatewayUrl(), platform.key());
        Latencies lags = new Latencies();
        Latencies submits = new Latencies();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Progress.say("end-to-end lag: %d submissions at %.1f/s, each polled every %d ms until its entry shows",
                     count, scale.lagRate(), POLL_MILLIS);
        double[] projectionBefore = projectionLag(platform);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> pending = new ArrayList<>();
        long began = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                long due = began + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                SyntheticArticles.Article article = articles.article(i);
                pending.add(clients.submit(() -> {
                    long sent = System.nanoTime();
                    int status = api.submit(article.content());
                    submits.add(System.nanoTime() - sent);
                    if (status != 201) {
                        failures.incrementAndGet();
                        return null;
                    }
                    while (System.nanoTime() - sent < GIVE_UP_MILLIS * 1_000_000) {
                        JsonNode page = api.get("/api/timeline?limit=5&article=" + article.id());
                        if (page.path("entries").size() > 0) {
                            lags.add(System.nanoTime() - sent);
                            return null;
                        }
                        Thread.sleep(POLL_MILLIS);
                    }
                    timeouts.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> submission : pending) {
                submission.get();
            }
        } finally {
            clients.shutdownNow();
        }
        if (failures.get() > 0 || lags.count() == 0) {
            throw new IllegalStateException(failures.get() + " submissions failed, " + lags.count() + " entries seen");
        }
        double[] projectionAfter = projectionLag(platform);
        double projected = projectionAfter[1] - projectionBefore[1];
        bench.record(Result.of("lag.p50", lags.percentileMillis(0.5), "ms"));
        bench.record(Result.of("lag.p99", lags.percentileMillis(0.99), "ms").target(Result.Target.VALUE, "<", 250));
        bench.record(Result.of("lag.submit.p50", submits.percentileMillis(0.5), "ms"));
        if (projected > 0) {
            bench.record(Result.of("lag.projection.mean", 1000 * (projectionAfter[0] - projectionBefore[0]) / projected,
                                   "ms").noted("timeline-service's own chronicle.timeline.projection.lag: event "
                                               + "timestamp to the projection committed, mean over this phase"));
        }
        bench.record(Result.of("lag.rate", scale.lagRate(), "articles/s"));
        bench.record(Result.of("lag.timeouts", timeouts.get(), "articles")
                .noted("entries not visible within " + GIVE_UP_MILLIS / 1000 + " s"));
    }
}
