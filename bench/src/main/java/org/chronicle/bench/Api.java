package org.chronicle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.chronicle.api.article.ArticleContent;

/** The platform's HTTP API as a client uses it, over HTTP/1.1 with keep-alive. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    Api(String base, String key) {
        this.base = base;
        this.key = key;
    }

    /** {@code POST /api/articles}: the status (201 new, 200 repeated). */
    int submit(ArticleContent content) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/articles")), "POST", body(content)).statusCode();
    }

    /** {@code PUT /api/articles/{id}}: the status (200). */
    int revise(String id, ArticleContent content) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id)), "PUT", body(content)).statusCode();
    }

    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT).header("X-Api-Key", key).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    String text(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT).GET().build(),
                         HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A GET whose body is read and dropped: for timing reads. */
    int getStatus(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT).GET().build(),
                         HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode post(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)), "POST", "");
        if (response.statusCode() >= 300) {
            throw new IOException("POST " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String method, String body)
            throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).header("Content-Type", "application/json").header("X-Api-Key", key)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(ArticleContent content) {
        return AxonEvents.json(Map.of("title", content.title(), "body", content.body(), "language", content.language(),
                                      "source", content.source(), "url", content.url(),
                                      "publishedAt", content.publishedAt()));
    }
}
