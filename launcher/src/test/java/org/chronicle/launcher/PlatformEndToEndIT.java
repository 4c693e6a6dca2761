package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as the launcher runs it: embedded store and four service processes on a fresh data folder, driven
 * only through the gateway over HTTP; then stopped and started again on the same folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final Duration PROJECTION = Duration.ofSeconds(30);
    private static final String SEED_URL = "https://seeds.chronicle.invalid/articles/000_397f05aa001151ac";

    private Path dataDir;
    private PlatformSettings settings;
    private Platform platform;
    private Gateway api;

    // state carried from one ordered step to the next
    private String articleId;
    private String putinId;
    private String duplicateId;
    private String seedArticleId;
    private JsonNode projectionBeforeReplay;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("chronicle-e2e");
        settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), null, null, List.of("-XX:TieredStopAtLevel=1"));
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());
        System.out.printf("e2e: platform started in %d ms, rss %s%n", platform.startup().toMillis(),
                          platform.residentMebibytes());
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theSeedArticleIsLoadedOnFirstStart() throws Exception {
        assertThat(platform.seeds().failures()).isEmpty();
        assertThat(platform.seeds().loaded()).isGreaterThanOrEqualTo(1);
        assertThat(platform.adminKey()).isNotBlank();
        assertThat(Files.readString(dataDir.resolve("admin.key")).strip()).isEqualTo(platform.adminKey());
        Path seeds = Path.of(System.getProperty("chronicle.seeds"));
        int entities = 0;
        for (Path file : Files.list(seeds.resolve("entities")).toList()) {
            entities += new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).size();
        }
        long articles = Files.list(seeds.resolve("articles")).count();
        assertThat(platform.seeds().loaded()).isEqualTo(entities + articles);
        assertThat(platform.seeds().revised()).isEqualTo(1);
        assertThat(platform.seeds().retracted()).isEqualTo(1);
        Gateway.Reply listing = api.await("/api/articles?q=significato%20speciale",
                r -> r.body().path("articles").size() > 0, PROJECTION);
        JsonNode seed = listing.body().path("articles").get(0);
        assertThat(seed.path("url").asText()).isEqualTo(SEED_URL);
        assertThat(seed.path("language").asText()).isEqualTo("it");
        seedArticleId = seed.path("id").asText();
        assertThat(api.get("/api/articles/" + seedArticleId).text("publishedAt")).isEqualTo("2026-01-01T12:00Z");
    }

    @Test
    @Order(2)
    void loadingTheSeedsAgainCreatesNothingAndSaysSo() throws Exception {
        Path freshManifest = Files.createTempDirectory("chronicle-seed-again");
        SeedLoader.Report again = new SeedLoader(platform.gatewayUrl(), platform.adminKey(), freshManifest)
                .load(Path.of(System.getProperty("chronicle.seeds")));
        assertThat(again.failures()).isEmpty();
        assertThat(again.loaded()).isZero();
        assertThat(again.revised()).isZero();
        assertThat(again.retracted()).isZero();
        // every entity and article again, plus the revision and the retraction, each found already applied
        // (the retracted article answers 409, counted as kept)
        assertThat(again.alreadyPresent() + again.conflicts()).isEqualTo(platform.seeds().loaded() + 2);
    }

    @Test
    @Order(2)
    void writesNeedAKeyAndErrorsAreProblemDetails() throws Exception {
        Gateway anonymous = api.withoutKey();
        Gateway.Reply refused = anonymous.post("/api/articles", article("https://example.org/anon", "x"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("/api/articles").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/admin/replay").status()).isEqualTo(401);
        Gateway.Reply invalid = api.post("/api/articles", Map.of("title", "t"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void anArticleIsSubmittedRevisedAndRetracted() throws Exception {
        String url = "https://news.example.org/e2e/" + UUID.randomUUID();
        Gateway.Reply created = api.post("/api/articles", article(url, "Shoigu visits Pyongyang"));
        assertThat(created.status()).isEqualTo(201);
        articleId = created.text("id");
        assertThat(api.post("/api/articles", article(url, "Shoigu visits Pyongyang")).status()).isEqualTo(200);

        Gateway.Reply revised = api.put("/api/articles/" + articleId, article(url, "Shoigu meets Kim in Pyongyang"),
                                        Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().path("version").asInt()).isEqualTo(2);
        Gateway.Reply stale = api.put("/api/articles/" + articleId, article(url, "A late edit"), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(api.delete("/api/articles/" + articleId + "?reason=test").body().path("status").asText())
                .isEqualTo("RETRACTED");
        List<String> types = new ArrayList<>();
        api.get("/api/articles/" + articleId + "/events").body().forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsExactly("ArticleSubmitted", "ArticleRevised", "ArticleRetracted");
    }

    @Test
    @Order(4)
    void entitiesAreRegisteredAndMerged() throws Exception {
        Gateway.Reply putin = api.await("/api/entities?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD", // Путин
                r -> r.body().path("entities").size() > 0, PROJECTION);
        putinId = putin.body().path("entities").get(0).path("id").asText();

        Gateway.Reply duplicate = api.post("/api/entities", Map.of("type", "PERSON", "name", "V. V. Putin",
                "aliases", Map.of("ru", List.of("В. В. Путин"))));
        assertThat(duplicate.status()).isEqualTo(201);
        duplicateId = duplicate.text("id");
        Gateway.Reply merged = api.post("/api/entities/" + duplicateId + "/merge", Map.of("into", putinId));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(api.get("/api/entities/" + duplicateId).text("status")).isEqualTo("MERGED");
        List<String> types = new ArrayList<>();
        api.get("/api/entities/" + duplicateId + "/events").body().forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsExactly("EntityRegistered", "EntityMerged");
    }

    @Test
    @Order(5)
    void theTimelineProjectionFollows() throws Exception {
        api.await("/api/admin/projection/articles/" + articleId,
                r -> r.status() == 200 && r.text("status").equals("RETRACTED"), PROJECTION);
        Gateway.Reply article = api.get("/api/admin/projection/articles/" + articleId);
        assertThat(article.text("title")).isEqualTo("Shoigu meets Kim in Pyongyang");
        api.await("/api/admin/projection/entities/" + duplicateId,
                r -> r.status() == 200 && r.text("status").equals("MERGED"), PROJECTION);
        assertThat(api.get("/api/admin/projection/entities/" + duplicateId).text("mergedInto")).isEqualTo(putinId);
        assertThat(api.get("/api/timeline").status()).isEqualTo(200);
        assertThat(api.get("/api/admin/audit").body().path("gaps")).isEmpty();
    }

    @Test
    @Order(6)
    void aReplayRebuildsTheSameProjection() throws Exception {
        projectionBeforeReplay = projectionSnapshot();
        Gateway.Reply started = api.post("/api/admin/replay", null);
        assertThat(started.status()).isEqualTo(202);
        Gateway.Reply done = api.await("/api/admin/replay", r -> r.text("state").equals("DONE"), Duration.ofSeconds(60));
        assertThat(done.body().path("processed").asLong()).isGreaterThanOrEqualTo(done.body().path("total").asLong());
        assertThat(projectionSnapshot()).isEqualTo(projectionBeforeReplay);
    }

    @Test
    @Order(7)
    void aRestartOnTheSameDataFolderFindsEverythingIntact() throws Exception {
        platform.close();
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());
        assertThat(platform.seeds().loaded()).isZero();
        assertThat(platform.seeds().failures()).isEmpty();

        Gateway.Reply article = api.get("/api/articles/" + articleId);
        assertThat(article.text("status")).isEqualTo("RETRACTED");
        assertThat(article.body().path("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/articles/" + articleId + "/events").body().size()).isEqualTo(3);
        assertThat(api.get("/api/entities/" + duplicateId).text("mergedInto")).isEqualTo(putinId);
        assertThat(api.await("/api/articles?q=significato%20speciale", r -> r.body().path("articles").size() > 0,
                PROJECTION).body().path("articles")).hasSize(1);
        api.await("/api/admin/projection/articles/" + articleId, r -> r.status() == 200, PROJECTION);
        assertThat(projectionSnapshot()).isEqualTo(projectionBeforeReplay);
    }

    /**
     * A projection snapshot once the timeline has settled: every segment caught up and the same snapshot twice in a
     * row, a second apart (an entity change recomposes the timeline after its entity document is visible).
     */
    private JsonNode projectionSnapshot() throws Exception {
        long deadline = System.nanoTime() + PROJECTION.toNanos();
        JsonNode previous = null;
        while (true) {
            JsonNode segments = api.get("/api/admin/projection/processor").body().path("segments");
            boolean caughtUp = segments.size() > 0;
            for (JsonNode segment : segments) {
                caughtUp &= segment.path("caughtUp").asBoolean();
            }
            JsonNode current = rawSnapshot();
            if (caughtUp && current.equals(previous)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the projection did not settle; last " + current.path("counts"));
            }
            previous = current;
            Thread.sleep(1000);
        }
    }

    private JsonNode rawSnapshot() throws Exception {
        var snapshot = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        snapshot.set("article", api.get("/api/admin/projection/articles/" + articleId).body());
        snapshot.set("seed", api.get("/api/admin/projection/articles/" + seedArticleId).body());
        snapshot.set("duplicate", api.get("/api/admin/projection/entities/" + duplicateId).body());
        snapshot.set("putin", api.get("/api/admin/projection/entities/" + putinId).body());
        snapshot.set("counts", api.get("/api/admin/projection").body());
        snapshot.set("timeline", api.get("/api/timeline?limit=200").body());
        return snapshot;
    }

    private static Map<String, Object> article(String url, String title) {
        return Map.of("title", title, "body", "Sergei Shoigu arrived in Pyongyang on Wednesday for talks with Kim Jong Un.",
                      "language", "en", "source", "E2E Wire", "url", url, "publishedAt", "2025-06-04T09:00:00Z");
    }
}
