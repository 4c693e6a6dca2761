package org.chronicle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bson.Document;

/**
 * A service answering over real HTTP on a free port, with its event store in the embedded MongoDB, and the checks
 * every hostile request must pass: no 5xx, a refusal is clean problem+json, and a refused request stores nothing.
 */
public final class ServiceUnderTest {

    private final RawHttp http;
    private final MongoCollection<Document> events;

    /** The service a {@code @SpringBootTest} runs on {@code port}, appending to {@code database}. */
    public ServiceUnderTest(int port, MongoDatabase database) {
        this.http = RawHttp.onPort(port);
        this.events = database.getCollection("domainevents");
    }

    public RawHttp http() {
        return http;
    }

    public long events() {
        return events.countDocuments();
    }

    /** Sends the request and checks it did no harm; the reply is for further checks. */
    public RawHttp.Reply survives(String method, String target, String contentType, byte[] body) {
        long before = events();
        RawHttp.Reply reply = http.send(method, target, contentType, body, Map.of());
        String request = method + " " + abbreviate(target) + (body == null ? "" : " with body "
                + abbreviate(new String(body, StandardCharsets.UTF_8)));
        assertThat(reply.status()).as("%s answered %s", request, reply.body()).isLessThan(500);
        if (reply.status() >= 400) {
            reply.assertRefused();
            assertThat(events()).as("events after the refused %s", request).isEqualTo(before);
        }
        return reply;
    }

    /** Sends a request that must be refused with {@code status}, storing nothing. */
    public RawHttp.Reply refuses(int status, String method, String target, String contentType, byte[] body) {
        RawHttp.Reply reply = survives(method, target, contentType, body);
        return reply.assertRefused(status);
    }

    /** A JSON request (UTF-8) that must be refused with {@code status}, storing nothing. */
    public RawHttp.Reply refusesJson(int status, String method, String target, String json) {
        return refuses(status, method, target, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public RawHttp.Reply refusesGet(int status, String target) {
        return refuses(status, "GET", target, null, null);
    }

    public void assertHealthy() {
        RawHttp.Reply health = http.get("/actuator/health");
        assertThat(health.status()).as("health: %s", health.body()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
