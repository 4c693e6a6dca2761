package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The end state every fault scenario must reach, checked against the event store itself (raw MongoDB driver) and the
 * timeline's public and admin API:
 * <ol>
 *   <li>every accepted article is in the event store exactly once: one {@code ArticleSubmitted} under its id, and no
 *       URL submitted under two ids;</li>
 *   <li>every event reached the projection: for every Article and Entity aggregate in {@code domainevents}, every
 *       segment's {@code lastSequence} equals the stream's last sequence number (polled until true: this is the
 *       catch-up), and the auditor reports no gap;</li>
 *   <li>the timeline holds no entry twice and no article's sentence in two entries, and every accepted article is a
 *       source of some entry (every article of {@link ArticleCorpus} has a dated statement).</li>
 * </ol>
 */
final class TimelineConsistency {

    /**
     * What a check found, for the scenario's figures.
     *
     * @param scheduledRepairs events the timeline's periodic audit has repaired since that process started: events
     *                         its processor skipped (see timeline-service's LateEventCoverageTest)
     */
    record Report(int storedArticles, int entries, int sources, Duration catchUp, long scheduledRepairs) {
    }

    static final String SUBMITTED = "org.chronicle.api.article.ArticleSubmitted";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern SCHEDULED_REPAIRS =
            Pattern.compile("^chronicle_timeline_audit_repaired_total\\{[^}]*trigger=\"scheduled\"[^}]*} (\\S+)$",
                            Pattern.MULTILINE);

    private final Gateway admin;
    private final String timelineUrl;
    private final MongoCollection<Document> events;
    private final MongoDatabase database;

    /** @param timelineUrl the timeline service itself (its metrics are not routed through the gateway) */
    TimelineConsistency(Gateway admin, String timelineUrl, MongoDatabase database) {
        this.admin = admin;
        this.timelineUrl = timelineUrl;
        this.database = database;
        this.events = database.getCollection("domainevents");
    }

    /** @param accepted URL → article id of every article the platform accepted (2xx) */
    Report check(Map<String, String> accepted, Duration catchUpTimeout) throws Exception {
        Map<String, List<String>> idsByUrl = storedSubmissions();
        for (Map.Entry<String, String> article : accepted.entrySet()) {
            assertThat(idsByUrl.get(article.getKey())).as("aggregates holding the accepted %s", article.getKey())
                    .containsExactly(article.getValue());
        }
        idsByUrl.forEach((url, ids) -> assertThat(ids).as("aggregates submitted for %s", url).hasSize(1));

        Duration catchUp = awaitProjected(catchUpTimeout);
        Gateway.Reply audit = admin.get("/api/admin/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().path("gaps")).as("auditor's gaps").isEmpty();

        TimelineReading timeline = readTimeline();
        assertThat(timeline.sourcedArticles).as("accepted articles that are a source in the timeline")
                .containsAll(accepted.values());
        assertThat(admin.get("/api/admin/projection").body().path("entries").asInt())
                .as("entries counted by the projection and paged through the API").isEqualTo(timeline.entries);
        return new Report(idsByUrl.size(), timeline.entries, timeline.sources, catchUp, scheduledRepairs());
    }

    /** Events the timeline's periodic audit repaired since the timeline process started. */
    long scheduledRepairs() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(timelineUrl + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher value = SCHEDULED_REPAIRS.matcher(scrape.body());
        return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
    }

    /** URL → ids of the aggregates whose {@code ArticleSubmitted} carries it; one id each when nothing is doubled. */
    Map<String, List<String>> storedSubmissions() throws Exception {
        Map<String, List<String>> idsByUrl = new HashMap<>();
        for (Document event : events.find(Filters.eq("payloadType", SUBMITTED))
                .projection(Projections.include("aggregateIdentifier", "serializedPayload"))) {
            String url = payload(event).path("content").path("url").asText();
            idsByUrl.computeIfAbsent(url, u -> new ArrayList<>()).add(event.getString("aggregateIdentifier"));
        }
        return idsByUrl;
    }

    static JsonNode payload(Document event) throws Exception {
        Object payload = event.get("serializedPayload");
        return JSON.readTree(payload instanceof Document document ? document.toJson() : payload.toString());
    }

    /** Polls until the projection has every event of every aggregate; returns how long that took. */
    Duration awaitProjected(Duration timeout) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        while (true) {
            List<String> behind = aggregatesBehind();
            if (behind.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - began);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(behind.size() + " aggregates not (fully) projected after "
                        + timeout.toSeconds() + " s, e.g. " + behind.subList(0, Math.min(5, behind.size())));
            }
            Thread.sleep(500);
        }
    }

    /** Aggregates whose last stored sequence number the projection has not reached, as "type id stored/projected". */
    List<String> aggregatesBehind() {
        Map<String, Long> stored = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Document event : events.find(Filters.in("type", "Article", "Entity"))
                .projection(Projections.include("aggregateIdentifier", "sequenceNumber", "type"))) {
            String id = event.getString("aggregateIdentifier");
            stored.merge(id, event.get("sequenceNumber", Number.class).longValue(), Math::max);
            types.put(id, event.getString("type"));
        }
        // every segment of the projection folds every event into its own copy (segment k > 0: "..._sk")
        List<Integer> segments = new ArrayList<>();
        for (Document token : database.getCollection("trackingtokens")
                .find(Filters.eq("processorName", "timeline-projection")).projection(Projections.include("segment"))) {
            segments.add(token.get("segment", Number.class).intValue());
        }
        if (segments.isEmpty()) {
            segments.add(0);
        }
        List<String> behind = new ArrayList<>();
        for (int segment : segments) {
            Map<String, Long> projected = new HashMap<>();
            String suffix = segment == 0 ? "" : "_s" + segment;
            for (String collection : List.of("timeline_articles" + suffix, "timeline_entities" + suffix)) {
                for (Document document : database.getCollection(collection).find()
                        .projection(Projections.include("lastSequence"))) {
                    Number last = document.get("lastSequence", Number.class);
                    projected.put(document.getString("_id"), last == null ? -1 : last.longValue());
                }
            }
            stored.forEach((id, last) -> {
                Long seen = projected.get(id);
                if (seen == null || seen < last) {
                    behind.add(types.get(id) + " " + id + " " + last + "/" + seen + " (segment " + segment + ")");
                }
            });
        }
        return behind;
    }

    private TimelineReading readTimeline() throws Exception {
        TimelineReading reading = new TimelineReading();
        String cursor = null;
        do {
            String path = "/api/timeline?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Gateway.Reply page = admin.get(path);
            assertThat(page.status()).as("GET %s", path).isEqualTo(200);
            for (JsonNode entry : page.body().path("entries")) {
                reading.add(entry);
            }
            cursor = page.body().path("nextCursor").isNull() ? null : page.body().path("nextCursor").asText();
        } while (cursor != null);
        return reading;
    }

    private static final class TimelineReading {
        private final Set<String> entryIds = new HashSet<>();
        private final Map<String, String> entryOfSentence = new HashMap<>();
        private final Set<String> sourcedArticles = new HashSet<>();
        private int entries;
        private int sources;

        void add(JsonNode entry) {
            String id = entry.path("id").asText();
            assertThat(entryIds.add(id)).as("entry %s listed once", id).isTrue();
            entries++;
            for (JsonNode source : entry.path("sources")) {
                String article = source.path("articleId").asText();
                // one statement per sentence: an article's sentence belongs to exactly one entry, once
                String sentence = article + " | " + source.path("quote").asText();
                String earlier = entryOfSentence.putIfAbsent(sentence, id);
                assertThat(earlier).as("entry already holding the source %s (now in %s)", sentence, id).isNull();
                sourcedArticles.add(article);
                sources++;
            }
        }
    }
}
