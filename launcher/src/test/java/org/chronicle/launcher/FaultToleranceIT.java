package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.chronicle.api.article.ArticleEvent;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tries to break the running platform: processes killed with SIGKILL mid-load, the embedded store stopped under
 * load, a replay while articles keep arriving, twin requests, an event committed too late for the tracking token.
 * Every scenario ends with {@link TimelineConsistency}: each accepted article stored exactly once, every event
 * projected, a duplicate-free timeline holding every accepted article. Figures go to stdout as {@code faults: ...}
 * lines (RELIABILITY.md quotes them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final int CLIENTS = 6;
    private static final Duration CATCH_UP = Duration.ofSeconds(150);
    /** Fast, for a client that is told "down": well under the gateway's 30 s response timeout. */
    private static final Duration FAST_FAILURE = Duration.ofSeconds(5);
    private static final Duration AUDIT_INTERVAL = Duration.ofSeconds(15);

    private Platform platform;
    private Gateway api;
    private MongoClient mongo;
    private TimelineConsistency consistency;
    /** URL → id of every article the platform accepted, over all scenarios so far. */
    private final Map<String, String> accepted = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Files.createTempDirectory("chronicle-faults");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                ArticleCorpus.entitiesOnlySeeds(dataDir), null, null, List.of("-XX:TieredStopAtLevel=1",
                        // the timeline's periodic audit (default 10 min) repairs what its processor skipped; often
                        // enough here that a skipped event is folded in within the check's catch-up wait
                        "-Dchronicle.timeline.audit.interval=" + AUDIT_INTERVAL.toSeconds() + "s",
                        // the loads here use one key; at 100/s (the default) a fast run was throttled (429) and the
                        // "every submission accepted at the first attempt" check failed on it in CI
                        "-Dchronicle.gateway.rate-limit.key-per-second=1000",
                        "-Dchronicle.gateway.rate-limit.key-burst=2000"));
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());
        mongo = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.effectiveMongoUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS)).build());
        MongoDatabase database = mongo.getDatabase("chronicle");
        consistency = new TimelineConsistency(api, "http://127.0.0.1:" + settings.port(Service.TIMELINE), database);
        System.out.printf("faults: platform started in %d ms with %d seed entities%n", platform.startup().toMillis(),
                          platform.seeds().loaded());
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
    @Order(1)
    void timelineKilledMidIngestCatchesUpWithoutLossOrDuplicates() throws Exception {
        ArticleLoad load = ArticleLoad.start(api, ArticleCorpus.series("ingest", 1000), CLIENTS, Duration.ofSeconds(60));
        load.awaitAccepted(300, Duration.ofSeconds(90));
        long projectedAtKill = projectedArticles();
        platform.kill(Service.TIMELINE);
        Duration killedAt = load.elapsed();

        long asked = System.nanoTime();
        Gateway.Reply down = api.get("/api/timeline?limit=1");
        Duration answered = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("application/problem+json");
        assertThat(answered).isLessThan(FAST_FAILURE);

        load.awaitAccepted(600, Duration.ofSeconds(90));
        long restarting = System.nanoTime();
        platform.restart(Service.TIMELINE);
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
        List<ArticleLoad.Attempt> attempts = load.finish(Duration.ofSeconds(120));
        Duration loadTook = load.elapsed();

        // the timeline takes no part in writes: every submission is accepted at the first attempt
        assertThat(attempts).hasSize(1000).allMatch(a -> a.status() == 201, "201 Created");
        accepted.putAll(load.acceptedIds());
        TimelineConsistency.Report report = consistency.check(accepted, CATCH_UP);
        System.out.printf("faults: timeline-kill articles=1000 load=%d ms killedAt=%d ms projectedAtKill=%d "
                        + "timeline503=%d ms restartHealthy=%d ms catchUpAfterLoad=%d ms stored=%d entries=%d "
                        + "sources=%d scheduledRepairs=%d%n",
                loadTook.toMillis(), killedAt.toMillis(), projectedAtKill, answered.toMillis(), restart.toMillis(),
                report.catchUp().toMillis(), report.storedArticles(), report.entries(), report.sources(),
                report.scheduledRepairs());
    }

    @Test
    @Order(2)
    void articleServiceKilledMidLoadLosesNothingItAccepted() throws Exception {
        ArticleLoad load = ArticleLoad.start(api, ArticleCorpus.series("article-kill", 200), CLIENTS,
                                             Duration.ofSeconds(120));
        load.awaitAccepted(50, Duration.ofSeconds(60));
        platform.kill(Service.ARTICLE);
        Duration killedAt = load.elapsed();
        Thread.sleep(2000);
        long restarting = System.nanoTime();
        platform.restart(Service.ARTICLE);
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
        Duration backAt = load.elapsed();
        List<ArticleLoad.Attempt> attempts = load.finish(Duration.ofSeconds(120));

        Map<String, String> ids = load.acceptedIds();
        assertThat(ids).as("articles accepted in the end, retried by their clients").hasSize(200);
        List<ArticleLoad.Attempt> failed = attempts.stream().filter(a -> !a.accepted()).toList();
        assertThat(failed).as("failed attempts while article-service was down").isNotEmpty();
        // a clear error, never silence: 503 problem+json once nothing listens. A request in flight at the kill is
        // cut: 502 problem+json (500 before the reset mapping), or no answer at all when the service died after
        // its status line had already been forwarded (the gateway can only close the connection then; seen once
        // in CI). The client retries either way, and the 200 accepted in the end say nothing was lost.
        assertThat(failed).allSatisfy(a -> {
            if (a.at().compareTo(killedAt) >= 0) {
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.problem()).as("problem+json").isTrue();
            } else if (a.status() != 0) {
                assertThat(a.status()).isIn(500, 502, 503);
                assertThat(a.problem()).as("problem+json").isTrue();
            }
        });
        Duration slowest = failed.stream().map(ArticleLoad.Attempt::took).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(slowest).isLessThan(FAST_FAILURE);
        Duration firstBack = firstAcceptedAnswerAfter(attempts, killedAt);

        accepted.putAll(ids);
        TimelineConsistency.Report report = consistency.check(accepted, CATCH_UP);
        System.out.printf("faults: article-kill articles=200 attempts=%d failed=%d (503=%d, 502=%d, 500=%d, cut=%d) "
                        + "slowestFailure=%d ms medianFailure=%d ms restartHealthy=%d ms firstAcceptedAfterKill=%d ms "
                        + "(healthy again %d ms after kill) catchUp=%d ms stored=%d scheduledRepairs=%d%n",
                attempts.size(), failed.size(), count(failed, 503), count(failed, 502), count(failed, 500),
                count(failed, 0),
                slowest.toMillis(),
                median(failed).toMillis(), restart.toMillis(), firstBack.minus(killedAt).toMillis(),
                backAt.minus(killedAt).toMillis(), report.catchUp().toMillis(), report.storedArticles(),
                report.scheduledRepairs());
    }

    @Test
    @Order(3)
    void storeStoppedUnderLoadServicesReconnectByThemselves() throws Exception {
        Map<Service, Long> pids = pids();
        ArticleLoad load = ArticleLoad.start(api, ArticleCorpus.series("store-outage", 200), CLIENTS,
                                             Duration.ofSeconds(120));
        load.awaitAccepted(50, Duration.ofSeconds(60));
        platform.stopStore();
        Duration stoppedAt = load.elapsed();
        Map<String, Gateway.Reply> reads = new LinkedHashMap<>();
        Map<String, Duration> readTimes = new LinkedHashMap<>();
        try {
            for (String path : List.of("/api/articles?limit=1", "/api/timeline?limit=1", "/api/entities?q=Putin")) {
                long asked = System.nanoTime();
                reads.put(path, api.get(path));
                readTimes.put(path, Duration.ofNanos(System.nanoTime() - asked));
            }
            Thread.sleep(6000);
        } finally {
            platform.startStore();
        }
        Duration restartedAt = load.elapsed();
        List<ArticleLoad.Attempt> attempts = load.finish(Duration.ofSeconds(120));

        reads.forEach((path, reply) -> {
            assertThat(reply.status()).as("GET %s with the store down", path).isEqualTo(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(readTimes.get(path)).isLessThan(FAST_FAILURE);
        });
        Map<String, String> ids = load.acceptedIds();
        assertThat(ids).as("articles accepted in the end").hasSize(200);
        List<ArticleLoad.Attempt> failed = attempts.stream().filter(a -> !a.accepted()).toList();
        assertThat(failed).isNotEmpty().allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.problem()).isTrue();
            assertThat(a.retryAfter()).isNotNull();
            assertThat(a.took()).isLessThan(FAST_FAILURE);
        });
        assertThat(pids()).as("no service was restarted").isEqualTo(pids);
        Duration firstBack = firstAcceptedAnswerAfter(attempts, stoppedAt);
        long recovering = System.nanoTime();
        for (String path : reads.keySet()) {
            api.await(path, r -> r.status() == 200, Duration.ofSeconds(30));
        }
        Duration readsBack = Duration.ofNanos(System.nanoTime() - recovering);

        accepted.putAll(ids);
        long checking = System.nanoTime();
        TimelineConsistency.Report report = consistency.check(accepted, CATCH_UP);
        System.out.printf("faults: store-outage articles=200 outage=%d ms attempts=%d failed=%d slowestFailure=%d ms "
                        + "medianFailure=%d ms reads503=%s firstAcceptedAfterRestart=%d ms readsOkWithin=%d ms "
                        + "timelineCaughtUp=%d ms after load, check=%d ms stored=%d scheduledRepairs=%d%n",
                restartedAt.minus(stoppedAt).toMillis(), attempts.size(), failed.size(),
                failed.stream().map(ArticleLoad.Attempt::took).max(Comparator.naturalOrder()).orElseThrow().toMillis(),
                median(failed).toMillis(), readTimes.values().stream().map(Duration::toMillis).toList(),
                firstBack.minus(restartedAt).toMillis(), readsBack.toMillis(), report.catchUp().toMillis(),
                Duration.ofNanos(System.nanoTime() - checking).toMillis(), report.storedArticles(),
                report.scheduledRepairs());
    }

    @Test
    @Order(4)
    void twinRequestsThroughTheGatewayMakeOneArticleAndOneRevision() throws Exception {
        int pairs = 10;
        ExecutorService twins = Executors.newFixedThreadPool(2);
        try {
            for (int n = 0; n < pairs; n++) {
                Map<String, Object> article = ArticleCorpus.article("twins", n);
                List<Gateway.Reply> submits = atOnce(twins, () -> api.post("/api/articles", article));
                assertThat(submits).extracting(Gateway.Reply::status).containsExactlyInAnyOrder(201, 200);
                String id = submits.get(0).text("id");
                assertThat(submits.get(1).text("id")).isEqualTo(id);
                accepted.put((String) article.get("url"), id);

                List<Gateway.Reply> revisions = atOnce(twins, () -> {
                    Map<String, Object> revised = new LinkedHashMap<>(article);
                    revised.put("title", article.get("title") + " — revised by " + Thread.currentThread().getName());
                    return api.put("/api/articles/" + id, revised, Map.of("If-Match", "\"1\""));
                });
                assertThat(revisions).extracting(Gateway.Reply::status).containsExactlyInAnyOrder(200, 412);
                Gateway.Reply stale = revisions.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
                assertThat(stale.contentType()).startsWith("application/problem+json");
                MongoDatabase database = mongo.getDatabase("chronicle");
                assertThat(database.getCollection("domainevents").countDocuments(Filters.eq("aggregateIdentifier", id)))
                        .as("events of twin-written article %s", id).isEqualTo(2);
            }
        } finally {
            twins.shutdownNow();
        }
        TimelineConsistency.Report report = consistency.check(accepted, CATCH_UP);
        System.out.printf("faults: twins pairs=%d submits 201+200, revisions 200+412, scheduledRepairs=%d%n", pairs,
                          report.scheduledRepairs());
    }

    @Test
    @Order(5)
    void anEventCommittedAfterTheLookBackIsReportedAndRepaired() throws Exception {
        // a writer whose commit became visible an hour after its timestamp: the tracking token never streams it
        MongoDatabase database = mongo.getDatabase("chronicle");
        String templateUrl = ArticleCorpus.url("ingest", 7);
        Document template = database.getCollection("domainevents").find(Filters.and(
                Filters.eq("aggregateIdentifier", accepted.get(templateUrl)),
                Filters.eq("payloadType", TimelineConsistency.SUBMITTED))).first();
        assertThat(template).isNotNull();
        String url = ArticleCorpus.url("late", 0);
        String id = ArticleEvent.idForUrl(url);
        ObjectNode payload = (ObjectNode) TimelineConsistency.payload(template);
        payload.put("articleId", id);
        ((ObjectNode) payload.path("content")).put("url", url).put("title", "A late commit");
        Document late = new Document(template);
        late.remove("_id");
        late.put("eventIdentifier", UUID.randomUUID().toString());
        late.put("aggregateIdentifier", id);
        late.put("timestamp", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS).toString());
        late.put("serializedPayload", payload.toString());
        database.getCollection("domainevents").insertOne(late);

        long scheduledBefore = consistency.scheduledRepairs();
        Gateway.Reply audit = api.get("/api/admin/audit");
        assertThat(audit.status()).isEqualTo(200);
        if (audit.body().path("gaps").isEmpty()) {
            // the periodic audit ran in between and repaired it first
            assertThat(consistency.scheduledRepairs()).isGreaterThan(scheduledBefore);
        } else {
            assertThat(audit.body().path("gaps")).hasSize(1);
            assertThat(audit.body().path("gaps").get(0).path("aggregateId").asText()).isEqualTo(id);
            assertThat(audit.body().path("gaps").get(0).path("projectedSequence").isNull()).isTrue();

            Gateway.Reply repair = api.post("/api/admin/audit/repair", null);
            assertThat(repair.status()).isEqualTo(200);
            assertThat(repair.body().path("repaired")).hasSize(1);
            assertThat(repair.body().path("repaired").get(0).path("applied").asInt()).isEqualTo(1);
            assertThat(repair.body().path("remainingGaps")).isEmpty();
        }
        assertThat(api.get("/api/timeline?article=" + id).body().path("entries")).isNotEmpty();
        // the article service sees the late article as the one stored for its URL
        assertThat(api.get("/api/articles/" + id).text("url")).isEqualTo(url);

        accepted.put(url, id);
        consistency.check(accepted, CATCH_UP);
        System.out.println("faults: look-back trap: 1 late event found by the audit and repaired");
    }

    @Test
    @Order(6)
    void aReplayWhileArticlesKeepArrivingEndsCompleteAndDuplicateFree() throws Exception {
        ArticleLoad load = ArticleLoad.start(api, ArticleCorpus.series("replay", 200), CLIENTS, Duration.ofSeconds(60));
        load.awaitAccepted(30, Duration.ofSeconds(60));
        Gateway.Reply started = api.post("/api/admin/replay", null);
        assertThat(started.status()).isEqualTo(202);
        long replaying = System.nanoTime();
        Gateway.Reply done = api.await("/api/admin/replay", r -> !r.text("state").equals("RUNNING"),
                                       Duration.ofSeconds(180));
        Duration replay = Duration.ofNanos(System.nanoTime() - replaying);
        assertThat(done.text("state")).isEqualTo("DONE");
        List<ArticleLoad.Attempt> attempts = load.finish(Duration.ofSeconds(120));
        assertThat(attempts).hasSize(200).allMatch(a -> a.status() == 201, "201 Created");

        accepted.putAll(load.acceptedIds());
        TimelineConsistency.Report report = consistency.check(accepted, CATCH_UP);
        System.out.printf("faults: replay-under-load replayed=%d of total=%d in %d ms, then caught up in %d ms; "
                        + "stored=%d entries=%d sources=%d scheduledRepairs=%d%n",
                done.body().path("processed").asLong(), done.body().path("total").asLong(), replay.toMillis(),
                report.catchUp().toMillis(), report.storedArticles(), report.entries(), report.sources(),
                report.scheduledRepairs());
    }

    /** A seeds folder with the entities only: the timeline links names to them; articles come from the tests. */
    private long projectedArticles() throws Exception {
        return api.get("/api/admin/projection").body().path("articles").asLong();
    }

    private Map<Service, Long> pids() {
        Map<Service, Long> pids = new LinkedHashMap<>();
        for (ServiceProcess process : platform.processes()) {
            for (Service service : Service.values()) {
                if (service.artifact().equals(process.name())) {
                    pids.put(service, process.pid());
                }
            }
        }
        return pids;
    }

    /** Runs the call on two threads released at the same instant. */
    private static List<Gateway.Reply> atOnce(ExecutorService threads, Callable<Gateway.Reply> call) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Gateway.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            replies.add(threads.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<Gateway.Reply> answers = new ArrayList<>();
        for (Future<Gateway.Reply> reply : replies) {
            answers.add(reply.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** When the first submission sent after {@code fault} was answered with a 2xx, on the load's clock. */
    private static Duration firstAcceptedAnswerAfter(List<ArticleLoad.Attempt> attempts, Duration fault) {
        return attempts.stream().filter(a -> a.accepted() && a.at().compareTo(fault) > 0)
                .map(a -> a.at().plus(a.took())).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static long count(List<ArticleLoad.Attempt> attempts, int status) {
        return attempts.stream().filter(a -> a.status() == status).count();
    }

    private static Duration median(List<ArticleLoad.Attempt> attempts) {
        List<Duration> took = attempts.stream().map(ArticleLoad.Attempt::took).sorted().toList();
        return took.isEmpty() ? Duration.ZERO : took.get(took.size() / 2);
    }
}
