package org.chronicle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** A test client of the public API: every call goes through the gateway over HTTP. */
final class Gateway {

    record Reply(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String key;

    Gateway(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    Gateway withoutKey() {
        return new Gateway(baseUrl, null);
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null, Map.of());
    }

    Reply post(String path, Object body) throws Exception {
        return send("POST", path, body, Map.of());
    }

    Reply put(String path, Object body, Map<String, String> headers) throws Exception {
        return send("PUT", path, body, headers);
    }

    Reply delete(String path) throws Exception {
        return send("DELETE", path, null, Map.of());
    }

    Reply send(String method, String path, Object body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        headers.forEach(request::header);
        if (body instanceof byte[] bytes) {
            // exactly these bytes, even when they are not UTF-8
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed, response);
    }

    /** Polls a read until it satisfies {@code condition}: projections follow the event store asynchronously. */
    Reply await(String path, Predicate<Reply> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = get(path);
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting on " + path
                        + "; last answer " + last.status() + " " + last.body());
            }
            Thread.sleep(200);
            last = get(path);
        }
        return last;
    }
}
