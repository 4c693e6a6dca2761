package org.chronicle.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.chronicle.platform.testing.Fuzz;
import org.chronicle.platform.testing.HostileInputSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the article endpoints over real HTTP, with the event store in the embedded MongoDB: whatever the body or
 * query string, the service never answers 5xx, refuses with problem+json, stores nothing when it refuses, and stays
 * healthy. Seeded inputs from {@code HostileInput}; a failure names the seed to replay.
 */
class ArticleFuzzTest extends HostileInputSupport {

    private String existingId;

    @BeforeEach
    void existingArticle() {
        existingId = service.survives("POST", "/api/articles", "application/json",
                valid().toString().getBytes(StandardCharsets.UTF_8)).json().path("id").asText();
        assertThat(existingId).isNotBlank();
    }

    @Test
    void submissionsAndRevisions() {
        Fuzz.run("article bodies", 400, input -> {
            service.survives("POST", "/api/articles", "application/json", input.bodyAround(valid()));
            service.survives("PUT", "/api/articles/" + existingId, "application/json", input.bodyAround(valid()));
        });
    }

    @Test
    void listingsReadsAndRetractions() {
        Fuzz.run("article queries", 400, input -> {
            service.survives("GET", "/api/articles?" + input.query("q", "language", "limit", "cursor"), null, null);
            service.survives("GET", "/api/articles/" + existingId + "?" + input.query("q"), null, null);
            service.survives("DELETE", "/api/articles/00000000-0000-0000-0000-000000000000?" + input.query("reason"),
                             null, null);
        });
    }

    private static ObjectNode valid() {
        return JsonNodeFactory.instance.objectNode()
                .put("title", "Shoigu in Pyongyang").put("body", "Sergei Shoigu arrived in Pyongyang on Wednesday.")
                .put("language", "en").put("source", "Fuzz wire").put("url", "https://fuzz.example.org/article")
                .put("publishedAt", "2025-06-04T09:00:00Z");
    }
}
