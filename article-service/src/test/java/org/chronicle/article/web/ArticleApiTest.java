package org.chronicle.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article API over real HTTP, with the event store in the embedded MongoDB wire-protocol server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleApiTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("article-api-test"));
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, String etag, String location, JsonNode body) {
    }

    private Reply call(String method, String path, Object body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Chronicle-Actor", "test-editor");
        headers.forEach(request::header);
        String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        request.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? null : json.readTree(response.body());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                         response.headers().firstValue("ETag").orElse(null),
                         response.headers().firstValue("Location").orElse(null), parsed);
    }

    private Reply call(String method, String path, Object body) throws Exception {
        return call(method, path, body, Map.of());
    }

    private static Map<String, Object> article(String url, String title) {
        return Map.of("title", title, "body", "Il presidente russo ha inviato un telegramma a Kim Jong Un.",
                      "language", "it", "source", "Test outlet", "url", url, "publishedAt", "2026-01-01T12:00:00Z");
    }

    private static String freshUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }

    @Test
    void submitRepeatConflictReviseRetractAndTheEventStream() throws Exception {
        String url = freshUrl();
        Reply created = call("POST", "/api/articles", article(url, "Putin a Kim"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.location()).isEqualTo("/api/articles/" + id);
        assertThat(created.body().get("version").asInt()).isEqualTo(1);
        assertThat(created.etag()).isEqualTo("\"1\"");

        Reply repeated = call("POST", "/api/articles", article(url, "Putin a Kim"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("id").asText()).isEqualTo(id);

        Reply conflict = call("POST", "/api/articles", article(url, "Another title"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.body().get("existingId").asText()).isEqualTo(id);

        Reply revised = call("PUT", "/api/articles/" + id, article(url, "Putin a Kim Jong Un"), Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("version").asInt()).isEqualTo(2);
        assertThat(revised.body().get("title").asText()).isEqualTo("Putin a Kim Jong Un");

        Reply stale = call("PUT", "/api/articles/" + id, article(url, "Stale edit"), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(2);

        Reply retracted = call("DELETE", "/api/articles/" + id + "?reason=duplicate%20report", null);
        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.body().get("status").asText()).isEqualTo("RETRACTED");
        assertThat(retracted.body().get("retractionReason").asText()).isEqualTo("duplicate report");

        Reply afterRetraction = call("PUT", "/api/articles/" + id, article(url, "Too late"));
        assertThat(afterRetraction.status()).isEqualTo(409);

        Reply events = call("GET", "/api/articles/" + id + "/events", null);
        assertThat(events.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        events.body().forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("ArticleSubmitted", "ArticleRevised", "ArticleRetracted");
        assertThat(events.body().get(0).get("metadata").get("actor").asText()).isEqualTo("test-editor");
        assertThat(events.body().get(1).get("payload").get("content").get("title").asText()).isEqualTo("Putin a Kim Jong Un");
    }

    @Test
    void concurrentSubmissionsOfOneUrlMakeOneArticle() throws Exception {
        String url = freshUrl();
        List<Reply> replies = concurrently(8, () -> call("POST", "/api/articles", article(url, "Same")));
        assertThat(replies).extracting(Reply::status).containsOnly(201, 200);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).extracting(r -> r.body().get("id").asText()).containsOnly(replies.get(0).body().get("id").asText());
        Reply events = call("GET", "/api/articles/" + replies.get(0).body().get("id").asText() + "/events", null);
        assertThat(events.body().size()).isEqualTo(1);
    }

    @Test
    void concurrentRevisionsOfOneVersionLetExactlyOneWin() throws Exception {
        String url = freshUrl();
        String id = call("POST", "/api/articles", article(url, "Base")).body().get("id").asText();
        int[] n = {0};
        List<Callable<Reply>> edits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String title = "Edit " + (n[0]++);
            edits.add(() -> call("PUT", "/api/articles/" + id, article(url, title), Map.of("If-Match", "\"1\"")));
        }
        List<Reply> replies = run(edits);
        assertThat(replies).extracting(Reply::status).containsOnly(200, 412);
        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(call("GET", "/api/articles/" + id, null).body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndStoresNothing() throws Exception {
        Reply malformed = call("POST", "/api/articles", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Reply operator = call("POST", "/api/articles", "{\"title\":{\"$gt\":\"\"},\"body\":\"b\",\"url\":\"https://x.org\",\"publishedAt\":\"2026-01-01\"}");
        assertThat(operator.status()).isEqualTo(400);

        Reply invalid = call("POST", "/api/articles", Map.of("title", "", "body", "b", "language", "xx",
                "url", "javascript:alert(1)", "publishedAt", "2999-01-01"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors")).hasSize(4);
        assertThat(invalid.body().get("detail").asText()).contains("title", "language", "url", "publishedAt");

        Reply unknown = call("GET", "/api/articles/" + UUID.randomUUID(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/articles/not-an-id", null).status()).isEqualTo(404);
        assertThat(call("PUT", "/api/articles/" + UUID.randomUUID(), article(freshUrl(), "x")).status()).isEqualTo(404);
        assertThat(call("PUT", "/api/articles/" + UUID.randomUUID(), article(freshUrl(), "x"),
                        Map.of("If-Match", "yesterday")).status()).isEqualTo(400);
        assertThat(call("GET", "/api/articles?limit=0", null).status()).isEqualTo(400);
        assertThat(call("GET", "/api/articles?cursor=%24ne", null).status()).isEqualTo(400);
    }

    @Test
    void theListingFollowsSubmissionsAndRevisionsAndPages() throws Exception {
        String marker = "Listing-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(call("POST", "/api/articles", article(freshUrl(), marker + " " + i)).body().get("id").asText());
        }
        awaitListing("/api/articles?limit=10&q=" + marker.toLowerCase(), 3);
        JsonNode page = call("GET", "/api/articles?limit=2&q=" + marker.toLowerCase(), null).body();
        assertThat(page.get("articles")).hasSize(2);
        assertThat(page.get("nextCursor").isNull()).isFalse();
        JsonNode rest = call("GET", "/api/articles?limit=2&q=" + marker + "&cursor=" + page.get("nextCursor").asText(), null).body();
        List<String> listed = new ArrayList<>();
        page.get("articles").forEach(a -> listed.add(a.get("id").asText()));
        rest.get("articles").forEach(a -> listed.add(a.get("id").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        // a pattern-looking query is matched literally
        assertThat(call("GET", "/api/articles?q=(a%2B)%2B%24", null).body().get("articles")).isEmpty();
    }

    private JsonNode awaitListing(String path, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode page = call("GET", path, null).body();
            if (page.get("articles").size() >= expected || System.nanoTime() > deadline) {
                assertThat(page.get("articles")).hasSize(expected);
                return page;
            }
            Thread.sleep(100);
        }
    }

    private static List<Reply> concurrently(int n, Callable<Reply> call) throws Exception {
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return run(calls);
    }

    private static List<Reply> run(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(calls)) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
