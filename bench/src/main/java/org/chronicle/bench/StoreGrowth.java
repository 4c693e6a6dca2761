package org.chronicle.bench;

import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;

/**
 * Measurements 4 and 5 on one platform whose store grows: for each size, the history is extended with the raw driver
 * ({@link History}), the timeline is rebuilt through {@code POST /api/admin/replay} and timed against a raw driver
 * scan of {@code domainevents}, then submissions, revisions (of history articles, so each is an aggregate load of
 * a generated stream) and timeline queries are timed through the gateway. At {@link Scale#knobsAt()} the replay
 * is repeated with each processor setting in turn, each on a restarted platform.
 */
final class StoreGrowth {

    static final Duration SPACING = Duration.ofMillis(100);
    static final String ENTITY_QUERY = "/api/timeline?limit=20&entity=Putin";

    /**
     * Replay settings tried at the knob size, as JVM options for the services. The segment count is the exception:
     * it is fixed once the processor has tokens (a restart does not change it), so that knob asks the replay for it.
     */
    static final List<Knob> KNOBS = List.of(
            new Knob("processor batch 1000", "batch1000", List.of("-Dchronicle.timeline.projection.batch-size=1000"), 1),
            new Knob("store read batch 1000", "read1000", List.of("-Dchronicle.eventstore.batch-size=1000"), 1),
            new Knob("pooled streaming processor", "pooled", List.of("-Dchronicle.timeline.projection.processor=pooled"),
                     1),
            new Knob("two segments (categories split), one instance", "segments2", List.of(), 2),
            new Knob("article aggregate cache", "cache", List.of("-Dchronicle.articles.aggregate-cache=true"), 1));

    /** System property with the slugs of the knobs to try (comma-separated; all when unset): {@code --knobs=}. */
    static final String KNOB_FILTER = "chronicle.bench.knobs";

    /** @param segments the projection's segment count the knob's replay sets ({@code ?segments=}) */
    record Knob(String name, String slug, List<String> javaOptions, int segments) {
    }

    private final Bench bench;
    private final Path data;
    private final Path noSeeds;
    private final Random picks = new Random(7);
    private LaunchedPlatform platform;
    private Api api;
    private SyntheticArticles live;
    private int liveSubmitted;
    private Double firstSubmit;
    private Double firstRevise;
    private Double firstQuery;
    private Double firstEntityQuery;
    private Double firstReplay;
    private Double firstIdle;

    private StoreGrowth(Bench bench) throws IOException {
        this.bench = bench;
        this.data = bench.work.resolve("growth");
        this.noSeeds = Files.createDirectories(bench.work.resolve("no-seeds"));
    }

    static void run(Bench bench) throws Exception {
        new StoreGrowth(bench).measure();
    }

    private void measure() throws Exception {
        List<Integer> sizes = bench.scale.sizes();
        int largest = sizes.get(sizes.size() - 1);
        Progress.say("growth: platform without seeds; history of up to %d events written with the raw driver", largest);
        start(List.of());
        try {
            grow(sizes, largest);
        } finally {
            platform.close();
        }
    }

    private void grow(List<Integer> sizes, int largest) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        live = new SyntheticArticles(bench.entities, "live-" + run);
        moveTokensPastHistory();
        Instant historyStart = Instant.now().minus(SPACING.multipliedBy(largest)).minus(Duration.ofHours(1));
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            MongoDatabase database = client.getDatabase("chronicle");
            History history = new History(database, new AxonEvents("bench"), new SyntheticArticles(bench.entities,
                    "history-" + run), bench.entities, historyStart, SPACING);
            for (int size : sizes) {
                long began = System.nanoTime();
                history.growTo(size);
                Progress.say("growth: %d events in the store (%d written in %.1f s)", size, size,
                             (System.nanoTime() - began) / 1e9);
                double replayRate = replay(size, "default");
                double scanRate = scan(database.getCollection(AxonEvents.COLLECTION));
                bench.record(Result.against("replay.rate@" + size, replayRate, "events/s", scanRate)
                        .target(Result.Target.RATIO, ">=", 0.5).atEvents(size)
                        .noted("baseline: raw driver scan of domainevents in stream order"));
                if (firstReplay == null) {
                    firstReplay = replayRate;
                    readBack(history);
                }
                bench.record(Result.against("growth.replay@" + size, replayRate, "events/s", firstReplay).atEvents(size));
                idle(size);
                latencies(size, history);
                if (size == bench.scale.knobsAt()) {
                    knobs(size, history);
                }
            }
        }
    }

    private void start(List<String> javaOptions) throws Exception {
        platform = LaunchedPlatform.start(bench.root, data, noSeeds, javaOptions);
        api = new Api(platform.gatewayUrl(), platform.key());
    }

    /** Same data, ports and key (the history's client stays connected to the store), other options. */
    private void restart(List<String> javaOptions) throws Exception {
        platform = platform.restart(bench.root, noSeeds, javaOptions);
    }

    /**
     * One article through the gateway before any history: every processor's token then stands at "now", so the
     * history written afterwards, timestamped hours earlier, stays behind them until a replay.
     */
    private void moveTokensPastHistory() throws Exception {
        SyntheticArticles.Article marker = live.article(liveSubmitted++);
        if (api.submit(marker.content()) != 201) {
            throw new IllegalStateException("the marker article was not accepted");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (api.get("/api/articles?limit=5").path("articles").size() == 0 || !projected(marker.id())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the marker article never reached the projections");
            }
            Thread.sleep(100);
        }
        Thread.sleep(3_000);
    }

    private boolean projected(String articleId) throws InterruptedException {
        try {
            api.get("/api/admin/projection/articles/" + articleId);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Rebuilds the timeline through the admin API; events per second between the replay's start and end. */
    private double replay(int size, String label) throws Exception {
        return replay(size, label, null);
    }

    /** @param segments the segment count the replay sets, or {@code null} to keep the processor's */
    private double replay(int size, String label, Integer segments) throws Exception {
        StoreTime storeTime = StoreTime.enabled() ? StoreTime.start(platform) : null;
        api.post("/api/admin/replay" + (segments == null ? "" : "?segments=" + segments));
        long began = System.nanoTime();
        long lastSaid = began;
        JsonNode status = api.get("/api/admin/replay");
        while (!"DONE".equals(status.path("state").asText())) {
            if ("FAILED".equals(status.path("state").asText())) {
                throw new IllegalStateException("replay failed: " + status);
            }
            if (System.nanoTime() - lastSaid > 15e9) {
                lastSaid = System.nanoTime();
                Progress.say("  replay (%s): %d of %d events", label, status.path("processed").asLong(),
                             status.path("total").asLong());
            }
            Thread.sleep(200);
            status = api.get("/api/admin/replay");
        }
        double seconds = Duration.between(Instant.parse(status.path("startedAt").asText()),
                                          Instant.parse(status.path("finishedAt").asText())).toMillis() / 1000.0;
        long processed = status.path("processed").asLong();
        if (storeTime != null) {
            storeTime.report("the replay");
        }
        Progress.say("  replay (%s) of %d events: %d processed in %.1f s (wall %.1f s)", label, size, processed, seconds,
                     (System.nanoTime() - began) / 1e9);
        return processed / seconds;
    }

    /** The raw baseline: every event document read with the driver in the order a replay streams them. */
    private static double scan(MongoCollection<Document> events) {
        long began = System.nanoTime();
        long count = 0;
        long bytes = 0;
        for (Document event : events.find().sort(ascending("timestamp", "sequenceNumber")).batchSize(1000)) {
            bytes += event.getString("serializedPayload").length();
            count++;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Progress.say("  raw scan: %d events (%d MiB of payload) in %.2f s", count, bytes >> 20, seconds);
        return count / seconds;
    }

    /** The services read the generated history like their own: the projection and entries have its articles. */
    private void readBack(History history) throws Exception {
        int checked = 0;
        int matched = 0;
        for (int i = 0; i < history.articles(); i += Math.max(1, history.articles() / 10)) {
            History.Written written = history.written(i);
            JsonNode projected = api.get("/api/admin/projection/articles/" + written.article().id());
            boolean same = projected.path("version").asInt() == written.version()
                    && projected.path("lastSequence").asLong() == written.lastSequence()
                    && projected.path("status").asText().equals(written.retracted() ? "RETRACTED" : "ACTIVE");
            int entries = api.get("/api/timeline?limit=5&article=" + written.article().id()).path("entries").size();
            boolean entriesRight = written.retracted() ? entries == 0 : entries > 0;
            checked++;
            if (same && entriesRight) {
                matched++;
            } else {
                Progress.say("  read back: %s projected %s, %d entries", written.article().id(), projected, entries);
            }
        }
        bench.record(Result.against("generator.readback", matched, "articles", checked)
                .noted("history articles projected with their version, sequence and status, and with entries"));
    }

    /**
     * CPU the platform uses doing nothing at this size, in % of one core: every service's event store keeps asking
     * the store for new events, and on the embedded store each ask is a scan. Also its resident memory.
     */
    private void idle(int size) throws InterruptedException {
        boolean full = bench.scale.name().equals("full");
        Thread.sleep(full ? 2_000 : 1_000);
        double before = platform.cpuSeconds();
        long began = System.nanoTime();
        Thread.sleep(full ? 10_000 : 2_000);
        double percent = 100 * (platform.cpuSeconds() - before) / ((System.nanoTime() - began) / 1e9);
        firstIdle = against("growth.idle.cpu", size, percent, "% of a core", firstIdle);
        long rss = platform.residentMebibytes().values().stream().mapToLong(Long::longValue).sum();
        bench.record(Result.of("growth.rss.total@" + size, rss, "MiB").atEvents(size)
                .noted("launcher with the embedded store and the four services, after the replay"));
        bench.record(Result.of("growth.rss.launcher@" + size, platform.residentMebibytes().get("launcher+store"), "MiB")
                .atEvents(size));
    }

    /**
     * Each knob on a restarted platform, against the defaults measured on a restarted platform just before it: a
     * restart alone slows the next replay (the services compile their paths again), and on a shared machine the
     * load drifts, so each knob gets a default of its own, next to it in time. Compared: the replay rate, and
     * sequential submissions and revisions through the gateway.
     */
    private void knobs(int size, History history) throws Exception {
        List<String> chosen = System.getProperty(KNOB_FILTER) == null ? null
                : List.of(System.getProperty(KNOB_FILTER).split(","));
        for (Knob knob : KNOBS) {
            if (chosen != null && !chosen.contains(knob.slug())) {
                continue;
            }
            Progress.say("knob '%s' (%s): the defaults, then the knob, each on a restarted platform", knob.name(),
                         String.join(" ", knob.javaOptions()));
            restart(List.of());
            double defaultRate = replay(size, "default before " + knob.name(), 1);
            Commands defaults = commands(history);
            restart(knob.javaOptions());
            double rate = replay(size, knob.name(), knob.segments());
            Commands commands = commands(history);
            bench.record(Result.against("replay.knob." + knob.slug() + "@" + size, rate, "events/s", defaultRate)
                    .atEvents(size).noted(note(knob)));
            bench.record(Result.against("commands.knob." + knob.slug() + ".submit.p50@" + size,
                    commands.submit().percentileMillis(0.5), "ms", defaults.submit().percentileMillis(0.5))
                    .atEvents(size).noted(note(knob)));
            bench.record(Result.against("commands.knob." + knob.slug() + ".revise.p50@" + size,
                    commands.revise().percentileMillis(0.5), "ms", defaults.revise().percentileMillis(0.5))
                    .atEvents(size).noted(note(knob)));
        }
        Progress.say("knobs done: back to the defaults");
        restart(List.of());
        replay(size, "defaults again", 1);
    }

    private static String note(Knob knob) {
        List<String> how = new java.util.ArrayList<>(knob.javaOptions());
        if (knob.segments() != 1) {
            how.add("POST /api/admin/replay?segments=" + knob.segments());
        }
        return knob.name() + ": " + String.join(" ", how);
    }

    record Commands(Latencies submit, Latencies revise) {
    }

    /**
     * Sequential submissions of new articles and revisions of history articles through the gateway, after three of
     * each not counted (a freshly started service is still compiling its paths).
     */
    private Commands commands(History history) throws Exception {
        for (int i = 0; i < 3; i++) {
            expect(api.submit(live.article(liveSubmitted++).content()), 201, "submit");
            History.Revision revision = history.reviseThroughApi(picks.nextInt(Integer.MAX_VALUE));
            expect(api.revise(revision.articleId(), revision.content()), 200, "revise");
        }
        int samples = bench.scale.samples();
        Latencies submits = new Latencies();
        Latencies revisions = new Latencies();
        for (int i = 0; i < samples; i++) {
            SyntheticArticles.Article article = live.article(liveSubmitted++);
            long sent = System.nanoTime();
            expect(api.submit(article.content()), 201, "submit");
            submits.add(System.nanoTime() - sent);
        }
        for (int i = 0; i < samples; i++) {
            History.Revision revision = history.reviseThroughApi(picks.nextInt(Integer.MAX_VALUE));
            long sent = System.nanoTime();
            expect(api.revise(revision.articleId(), revision.content()), 200, "revise");
            revisions.add(System.nanoTime() - sent);
        }
        return new Commands(submits, revisions);
    }

    private void latencies(int size, History history) throws Exception {
        Commands commands = commands(history);
        Latencies submits = commands.submit();
        Latencies revisions = commands.revise();
        int samples = bench.scale.samples();
        Latencies queries = new Latencies();
        Latencies entityQueries = new Latencies();
        for (int i = 0; i < samples; i++) {
            long sent = System.nanoTime();
            expect(api.getStatus(GatewayOverhead.QUERY), 200, "query");
            queries.add(System.nanoTime() - sent);
            sent = System.nanoTime();
            expect(api.getStatus(ENTITY_QUERY), 200, "entity query");
            entityQueries.add(System.nanoTime() - sent);
        }
        firstSubmit = against("growth.submit.p50", size, submits.percentileMillis(0.5), firstSubmit);
        plain("growth.submit.p99", size, submits.percentileMillis(0.99));
        firstRevise = against("growth.revise.p50", size, revisions.percentileMillis(0.5), firstRevise);
        plain("growth.revise.p99", size, revisions.percentileMillis(0.99));
        firstQuery = against("growth.query.p50", size, queries.percentileMillis(0.5), firstQuery);
        firstEntityQuery = against("growth.query.entity.p50", size, entityQueries.percentileMillis(0.5), firstEntityQuery);
    }

    /** Records a latency at this size against the same latency at the smallest size; returns that baseline. */
    private Double against(String name, int size, double millis, Double first) {
        return against(name, size, millis, "ms", first);
    }

    private Double against(String name, int size, double value, String unit, Double first) {
        double baseline = first == null ? value : first;
        bench.record(Result.against(name + "@" + size, value, unit, baseline).atEvents(size));
        return baseline;
    }

    private void plain(String name, int size, double millis) {
        bench.record(Result.of(name + "@" + size, millis, "ms").atEvents(size));
    }

    private static void expect(int status, int expected, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + " answered " + status + ", expected " + expected);
        }
    }
}
