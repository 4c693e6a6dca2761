package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A representative set of hostile requests through the real gateway (editor key) to the real services: each answer
 * is the precise 4xx problem+json, the event store holds exactly the events it held before (counted through the
 * MongoDB driver), and every process reports itself UP afterwards. Also straight to a service, past the gateway: the
 * services bound bodies and refuse operator parameters themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR_KEY = "hostile-" + UUID.randomUUID();

    private Platform platform;
    private Gateway api;
    private MongoClient mongo;
    private MongoCollection<Document> events;

    @BeforeAll
    void start() throws Exception {
        PlatformSettings settings = PlatformSettings.onFreePorts(Files.createTempDirectory("chronicle-hostile"),
                Path.of(System.getProperty("chronicle.services")), Path.of(System.getProperty("chronicle.seeds")), null,
                "hostile-editor:editor:" + EDITOR_KEY, List.of("-XX:TieredStopAtLevel=1"));
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), EDITOR_KEY);
        mongo = MongoClients.create(settings.effectiveMongoUri());
        events = mongo.getDatabase("chronicle").getCollection("domainevents");
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
    void everyHostileRequestIsAPreciseProblemStoresNothingAndLeavesEveryProcessUp() throws Exception {
        long before = events.countDocuments();
        assertThat(before).as("the seeds are in the store").isPositive();

        // operator injection, in query names and in bodies
        problem(400, api.get("/api/articles?title%5B%24ne%5D=x"), "parameter", "title[$ne]");
        problem(400, api.get("/api/entities?%24where=1"), "parameter", "$where");
        problem(400, api.get("/api/timeline?entity%5B%24ne%5D=x"), "parameter", "entity[$ne]");
        problem(400, api.post("/api/articles", article().set("title", JSON.createObjectNode().put("$gt", ""))),
                "field", "title");
        problem(400, api.post("/api/articles", article().put("$where", "sleep(1000)")), "field", "$where");
        ObjectNode operatorLanguage = entity();
        operatorLanguage.putObject("aliases").putArray("$ne").add("x");
        problem(400, api.post("/api/entities", operatorLanguage), "field", "aliases");
        // a pattern is text, matched literally
        assertThat(api.get("/api/articles?q=(a%2B)%2B%24").status()).isEqualTo(200);
        assertThat(api.get("/api/timeline?q=(a%2B)%2B%24").status()).isEqualTo(200);

        // bodies: malformed, mistyped, unknown fields, invalid UTF-8, controls, bidi overrides
        problem(400, api.post("/api/articles", "{\"title\": "), null, null);
        problem(400, api.post("/api/articles", article().put("title", 42)), "field", "title");
        problem(400, api.post("/api/articles", article().put("author", "x")), "field", "author");
        String valid = article().toString();
        byte[] notUtf8 = valid.getBytes(StandardCharsets.UTF_8);
        notUtf8[valid.indexOf("Shoigu")] = (byte) 0xFF;
        assertThat(problem(400, api.send("POST", "/api/articles", notUtf8, Map.of()), null, null).text("detail"))
                .contains("UTF-8");
        problem(400, api.post("/api/articles", article().put("title", "Shoigu\u0000")), "field", "title");
        problem(400, api.post("/api/articles", article().put("title", "Shoigu \u202Eaknuorp")), "field", "title");
        problem(400, api.post("/api/entities", entity().put("name", "Kim \u2066Jong\u2069")), "field", "name");

        // values: time window, URL schemes, languages, sizes, alias counts, limits, cursors
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        problem(400, api.post("/api/articles", article().put("publishedAt", tomorrow)), "field", "publishedAt");
        problem(400, api.post("/api/articles", article().put("publishedAt", "0000-01-01")), "field", "publishedAt");
        problem(400, api.post("/api/articles", article().put("url", "javascript:alert(1)")), "field", "url");
        problem(400, api.post("/api/articles", article().put("url", "file:///etc/passwd")), "field", "url");
        problem(400, api.post("/api/articles", article().put("language", "xx")), "field", "language");
        problem(400, api.post("/api/articles", article().put("title", "x".repeat(600_000))), "field", "title");
        ObjectNode flood = entity();
        ArrayNode aliases = flood.putObject("aliases").putArray("ru");
        for (int i = 0; i < 100_000; i++) {
            aliases.add("a" + i);
        }
        problem(400, api.post("/api/entities", flood), "field", "aliases");
        problem(413, api.post("/api/articles", article().put("body", "x".repeat(1_200_000))), null, null);
        problem(400, api.get("/api/articles?limit=100000"), "parameter", "limit");
        problem(400, api.get("/api/entities?limit=100000"), "parameter", "limit");
        problem(400, api.get("/api/timeline?limit=100000"), "parameter", "limit");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("0:$ne".getBytes(StandardCharsets.UTF_8));
        problem(400, api.get("/api/articles?cursor=" + forged), "parameter", "cursor");
        problem(400, api.get("/api/entities?cursor=" + forged), "parameter", "cursor");
        problem(400, api.get("/api/timeline?cursor=" + forged), "parameter", "cursor");

        // past the gateway, straight to the services
        Gateway direct = new Gateway("http://127.0.0.1:" + platform.settings().port(Service.ARTICLE), null);
        problem(413, direct.post("/api/articles", article().put("body", "x".repeat(1_200_000))), null, null);
        problem(400, direct.get("/api/articles?title%5B%24ne%5D=x"), "parameter", "title[$ne]");

        assertThat(events.countDocuments()).as("events after the hostile requests").isEqualTo(before);
        for (Service service : Service.values()) {
            Gateway.Reply health = new Gateway("http://127.0.0.1:" + platform.settings().port(service), null)
                    .get("/actuator/health");
            assertThat(health.status()).as(service + " health").isEqualTo(200);
            assertThat(health.text("status")).as(service + " health").isEqualTo("UP");
        }
        assertThat(api.post("/api/articles", article()).status()).as("still taking valid articles").isEqualTo(201);
        assertThat(events.countDocuments()).isEqualTo(before + 1);
    }

    private static Gateway.Reply problem(int status, Gateway.Reply reply, String property, String value) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body().toString()).startsWith("application/problem+json");
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        assertThat(reply.text("detail")).isNotBlank();
        if (property != null) {
            // a field may be named on its own or among the article's errors
            assertThat(reply.body().findValuesAsText(property)).as(reply.body().toString()).contains(value);
        }
        return reply;
    }

    private static ObjectNode article() {
        return JSON.createObjectNode().put("title", "Shoigu in Pyongyang")
                .put("body", "Sergei Shoigu arrived in Pyongyang on Wednesday.").put("language", "en")
                .put("source", "Hostile Wire").put("url", "https://hostile.example.org/" + UUID.randomUUID())
                .put("publishedAt", "2025-06-04T09:00:00Z");
    }

    private static ObjectNode entity() {
        return JSON.createObjectNode().put("type", "PERSON").put("name", "Hostile " + UUID.randomUUID());
    }
}
