package org.chronicle.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.query.ProjectionProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The other processor type the projection can run in, a pooled streaming one, with two segments: built with the same
 * every-segment invoker, each segment composes its own categories, and a replay gives the same timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"chronicle.timeline.audit.interval=0", "chronicle.timeline.replay.poll-every=50ms",
                              "chronicle.timeline.projection.processor=pooled",
                              "chronicle.timeline.projection.segments=2"})
class PooledSegmentsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("timeline-pooled-segments-test"));
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStorageEngine engine;
    @Autowired
    private ProjectionProcessor processors;

    @Test
    void twoPooledSegmentsComposeTheirCategoriesAndAReplayGivesTheSameTimeline() throws Exception {
        StoredEvents events = new StoredEvents(engine, Instant.now());
        events.append("Entity", "ent-putin", 0, new EntityRegistered("ent-putin", EntityType.PERSON, "Vladimir Putin",
                Side.RUSSIA, Map.of("en", List.of("Putin", "Vladimir Putin")), Map.of()));
        events.append("Entity", "ent-kim", 0, new EntityRegistered("ent-kim", EntityType.PERSON, "Kim Jong Un",
                Side.DPRK, Map.of("en", List.of("Kim Jong Un", "Kim")), Map.of()));
        events.append("Article", "art-visit", 0, new ArticleSubmitted("art-visit", 1, new ArticleContent(
                "Putin in Pyongyang", "Vladimir Putin arrived in Pyongyang on June 19, 2024 for talks with Kim Jong Un. "
                + "On June 19, 2024, Putin and Kim Jong Un signed a treaty on comprehensive strategic partnership.",
                "en", "Wire", "https://wire.example.org/visit", "2024-06-20T09:00Z"), "h1", "editor"));

        assertThat(processors.processor()).isInstanceOf(PooledStreamingEventProcessor.class);
        JsonNode page = await().atMost(WAIT).until(() -> timeline(), p -> categories(p).size() >= 2);
        assertThat(categories(page)).contains("DIPLOMACY", "TREATY"); // one in each of the two segments
        await().atMost(WAIT).until(() -> processors.status().size() == 2);

        assertThat(http.postForEntity("/api/admin/replay", null, String.class).getStatusCode().value()).isEqualTo(202);
        await().atMost(WAIT).until(() -> JSON.readTree(http.getForObject("/api/admin/replay", String.class))
                .path("state").asText().equals("DONE"));
        assertThat(timeline()).isEqualTo(page);
    }

    private JsonNode timeline() throws Exception {
        return JSON.readTree(http.getForObject("/api/timeline?limit=200", String.class));
    }

    private static List<String> categories(JsonNode page) {
        List<String> categories = new ArrayList<>();
        page.path("entries").forEach(entry -> categories.add(entry.path("category").asText()));
        return categories;
    }
}
