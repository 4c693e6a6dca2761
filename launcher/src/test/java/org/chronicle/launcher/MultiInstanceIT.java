package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 without Docker: the embedded store, one gateway, two processes each of article-service and
 * timeline-service. Submissions through the gateway reach both article instances; the projection runs in two
 * segments, claimed through the Mongo token store and spread one per timeline instance (SegmentBalancer), each
 * composing its own categories. {@code kill -9} of one timeline instance mid-load: the other claims its segment once
 * the claim times out and then holds both, the gateway takes the dead instance out of its rotation (reads keep
 * answering 200), and the timeline ends complete, each accepted article once, no duplicate entries
 * ({@link TimelineConsistency}). A replay with both instances back gives the same timeline, and the segments spread
 * out again. Figures go to stdout as {@code instances: ...} lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_POSTS = Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*uri=\"/api/articles\"[^}]*} ([0-9.E]+)");
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Platform platform;
    private Gateway api;
    private MongoClient mongo;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Files.createTempDirectory("chronicle-instances");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                ArticleCorpus.entitiesOnlySeeds(dataDir), null, null, List.of("-XX:TieredStopAtLevel=1",
                        // a shorter claim timeout than the 10 s default keeps the test short; the mechanism is the same
                        "-Dchronicle.eventstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                        "-Dchronicle.timeline.projection.segments=2"));
        platform = Platform.start(settings, Map.of(Service.ARTICLE, 2, Service.TIMELINE, 2));
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());
        mongo = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.effectiveMongoUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS)).build());
        System.out.printf("instances: platform with %s started in %d ms%n", platform.processes().stream()
                .map(p -> p.name() + ":" + p.port()).toList(), platform.startup().toMillis());
    }

    @AfterAll
    void stop() throws Exception {
        if (mongo != null) {
            mongo.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void bothTimelinesOwnASegmentAndTheSurvivorTakesOverTheKilledOnesWithNothingLost() throws Exception {
        List<ServiceProcess> timelines = platform.instances(Service.TIMELINE);
        assertThat(timelines).hasSize(2);
        long spreading = System.nanoTime();
        Map<ServiceProcess, List<Integer>> owned = awaitOneSegmentEach(timelines, Duration.ofSeconds(60));
        System.out.printf("instances: timeline segments %s, one each %d ms after the checks began%n",
                describe(owned), Duration.ofNanos(System.nanoTime() - spreading).toMillis());
        ServiceProcess killed = timelines.get(0); // to be killed mid-load
        ServiceProcess survivor = timelines.get(1);

        // a live-stream client of one instance: it must announce what both compose (changes go through the store)
        java.util.concurrent.atomic.AtomicInteger announced = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<?> stream = http.sendAsync(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + survivor.port() + "/api/timeline/stream"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("event:entry-saved")) {
                            announced.incrementAndGet();
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));

        ArticleLoad load = ArticleLoad.start(api, ArticleCorpus.series("instances", 300), 4, Duration.ofSeconds(60));
        load.awaitAccepted(100, Duration.ofSeconds(90));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (announced.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.out.printf("instances: %s's live stream announced %d saved entries before the kill%n", survivor.name(),
                announced.get());
        assertThat(announced.get()).as("entries announced on the stream").isPositive();
        stream.cancel(true);
        killed.kill();
        long killedAt = System.nanoTime();

        // the gateway keeps answering reads: a GET that cannot connect is tried on the other instance, and from the
        // next health probe on the dead one gets nothing
        Map<Integer, Integer> readStatuses = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            readStatuses.merge(api.get("/api/timeline?limit=5").status(), 1, Integer::sum);
            Thread.sleep(100);
        }
        List<Integer> all = awaitSegments(survivor, 2, Duration.ofSeconds(60));
        Duration takeoverAfterKill = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf("instances: reads through the gateway after the kill %s; %s claimed %s's segment %s %d ms "
                + "after the kill (claim timeout %d s) and holds %s%n", readStatuses, survivor.name(), killed.name(),
                owned.get(killed), takeoverAfterKill.toMillis(), CLAIM_TIMEOUT.toSeconds(), all);
        assertThat(readStatuses).containsOnlyKeys(200);
        assertThat(all).containsExactly(0, 1);

        List<ArticleLoad.Attempt> attempts = load.finish(Duration.ofSeconds(120));
        Map<String, String> accepted = load.acceptedIds();
        assertThat(accepted).hasSize(300);
        assertThat(attempts).as("article-service was never down").allMatch(a -> a.status() / 100 == 2);

        List<Long> postsPerArticleInstance = new ArrayList<>();
        for (ServiceProcess article : platform.instances(Service.ARTICLE)) {
            postsPerArticleInstance.add(articlePosts(article.port()));
        }
        System.out.printf("instances: submissions handled per article-service instance %s%n", postsPerArticleInstance);
        assertThat(postsPerArticleInstance).as("both article instances take submissions").allMatch(n -> n > 50);

        TimelineConsistency consistency = new TimelineConsistency(api, "http://127.0.0.1:" + survivor.port(),
                mongo.getDatabase("chronicle"));
        TimelineConsistency.Report report = consistency.check(accepted, Duration.ofSeconds(150));
        System.out.printf("instances: caught up %d ms after the load; %d articles, %d entries, %d sources%n",
                report.catchUp().toMillis(), report.storedArticles(), report.entries(), report.sources());

        // a replay with both instances running: whichever gets the request announces it, the other stops its
        // processor until it is over, and the timeline comes out the same
        killed.startAgain();
        killed.awaitHealthy(Duration.ofSeconds(120));
        Thread.sleep(2_500); // the gateway's next health probe takes the restarted instance back
        String before = timelineFingerprint();
        long replayStart = System.nanoTime();
        Gateway.Reply started = api.post("/api/admin/replay", "");
        assertThat(started.status()).as("replay accepted: %s", started.body()).isEqualTo(202);
        Gateway.Reply done = api.await("/api/admin/replay", reply -> !"RUNNING".equals(reply.text("state")),
                Duration.ofSeconds(120));
        assertThat(done.text("state")).as("replay %s", done.body()).isEqualTo("DONE");
        System.out.printf("instances: replay with two instances DONE in %d ms (%s events)%n",
                Duration.ofNanos(System.nanoTime() - replayStart).toMillis(), done.body().path("total").asText());
        assertThat(timelineFingerprint()).as("timeline after the replay").isEqualTo(before);
        consistency.check(accepted, Duration.ofSeconds(150));
        long respreading = System.nanoTime();
        Map<ServiceProcess, List<Integer>> after = awaitOneSegmentEach(timelines, Duration.ofSeconds(60));
        System.out.printf("instances: after the restart and the replay, segments %s again %d ms later%n",
                describe(after), Duration.ofNanos(System.nanoTime() - respreading).toMillis());
    }

    /** Every entry's id, date and sources, in order: equal before and after a replay. */
    private String timelineFingerprint() throws Exception {
        StringBuilder all = new StringBuilder();
        String cursor = null;
        do {
            Gateway.Reply page = api.get("/api/timeline?limit=200" + (cursor == null ? "" : "&cursor="
                    + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
            for (JsonNode entry : page.body().path("entries")) {
                all.append(entry.path("id").asText()).append(' ').append(entry.path("date").asText()).append(' ');
                entry.path("sources").forEach(source -> all.append(source.path("articleId").asText()).append(','));
                all.append('\n');
            }
            cursor = page.body().path("nextCursor").isTextual() ? page.body().path("nextCursor").asText() : null;
        } while (cursor != null);
        return all.toString();
    }

    /** Waits until each instance holds exactly one segment, and different ones; returns who holds which. */
    private Map<ServiceProcess, List<Integer>> awaitOneSegmentEach(List<ServiceProcess> timelines, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<ServiceProcess, List<Integer>> owned = new java.util.LinkedHashMap<>();
            for (ServiceProcess timeline : timelines) {
                owned.put(timeline, claimedSegments(timeline));
            }
            boolean oneEach = owned.values().stream().allMatch(segments -> segments.size() == 1)
                    && owned.values().stream().flatMap(List::stream).distinct().count() == timelines.size();
            if (oneEach) {
                return owned;
            }
            assertThat(System.nanoTime()).as("one segment per instance, not %s", describe(owned)).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private List<Integer> awaitSegments(ServiceProcess timeline, int count, Duration timeout) throws Exception {
        long start = System.nanoTime();
        List<Integer> segments = claimedSegments(timeline);
        while (segments.size() < count) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("%s claims %d segments", timeline.name(), count)
                    .isLessThan(timeout);
            Thread.sleep(100);
            segments = claimedSegments(timeline);
        }
        return segments;
    }

    private static String describe(Map<ServiceProcess, List<Integer>> owned) {
        StringBuilder text = new StringBuilder();
        owned.forEach((process, segments) -> text.append(text.length() == 0 ? "" : ", ").append(process.name())
                .append('=').append(segments));
        return text.toString();
    }

    /** The segments the instance reports as claimed, in order. */
    private List<Integer> claimedSegments(ServiceProcess timeline) throws Exception {
        HttpResponse<String> processor = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + timeline.port() + "/api/admin/projection/processor")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<Integer> segments = new ArrayList<>();
        JSON.readTree(processor.body()).path("segments").forEach(s -> segments.add(s.path("segment").asInt()));
        return segments;
    }

    private long articlePosts(int port) throws Exception {
        String scrape = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        long total = 0;
        Matcher matcher = ARTICLE_POSTS.matcher(scrape);
        while (matcher.find()) {
            total += (long) Double.parseDouble(matcher.group(1));
        }
        return total;
    }
}
