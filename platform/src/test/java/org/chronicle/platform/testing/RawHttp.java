package org.chronicle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A plain HTTP client for hostile-input tests: sends exactly the bytes it is given (invalid UTF-8 included), and
 * checks that a refusal is a clean one.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        /** A 4xx problem+json whose {@code status} matches the response and whose {@code detail} says something. */
        public Reply assertRefused(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            return assertRefused();
        }

        public Reply assertRefused() {
            assertThat(status).as("status of %s", body).isBetween(400, 499);
            assertThat(contentType).as("content type of %s", body).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).as("problem status").isEqualTo(status);
            assertThat(problem.path("title").asText()).as("problem title").isNotBlank();
            assertThat(problem.path("detail").asText()).as("problem detail").isNotBlank();
            return this;
        }

        public String detail() {
            return json().path("detail").asText();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public RawHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static RawHttp onPort(int port) {
        return new RawHttp("http://127.0.0.1:" + port);
    }

    public Reply get(String target) {
        return send("GET", target, null, null, Map.of());
    }

    public Reply send(String method, String target, String contentType, byte[] body, Map<String, String> headers) {
        return publish(method, target, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                                                                 : HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** {@code body} with no declared length: the client sends it chunked. */
    public Reply sendChunked(String method, String target, String contentType, Supplier<InputStream> body) {
        return publish(method, target, contentType, HttpRequest.BodyPublishers.ofInputStream(body), Map.of());
    }

    private Reply publish(String method, String target, String contentType, HttpRequest.BodyPublisher body,
                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .timeout(Duration.ofSeconds(30))
                .header("X-Chronicle-Actor", "hostile-test");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                             response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
