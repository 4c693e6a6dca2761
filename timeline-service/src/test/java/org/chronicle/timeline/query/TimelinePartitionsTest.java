package org.chronicle.timeline.query;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.live.TimelineChanges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim the segments rest on: whatever the number of segments and however far one runs ahead of another, their
 * entries together are exactly the timeline one segment composing everything builds — same ids, same sources in the
 * same order, same dates. The history is the seed corpus (every seed entity, all 50 seed articles in four languages)
 * followed by revisions, a retraction, a new alias, a merge and more submissions after them.
 */
class TimelinePartitionsTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MongoClient client;
    private static StatementExtractor extractor;
    private static List<Stored> history;

    /** One event as the store holds it. */
    private record Stored(String aggregateId, long sequence, Object payload, Instant at) {
    }

    @BeforeAll
    static void load() throws IOException {
        client = MongoClients.create(EmbeddedMongo.uri("partitions-test"));
        extractor = new StatementExtractor();
        history = seedHistory();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void twoSegmentsOneFarAheadBuildTheSameTimelineAsOne() {
        List<Document> one = run(List.of(Segment.ROOT_SEGMENT), false);
        Segment[] two = Segment.computeSegments(0, 1);
        List<Document> split = run(List.of(two[1], two[0]), false); // segment 1 handles everything first

        assertThat(one).hasSizeGreaterThan(30);
        assertThat(split).isEqualTo(one);
    }

    @Test
    void threeSegmentsInterleavedEventByEventBuildTheSameTimelineAsOne() {
        List<Document> one = run(List.of(Segment.ROOT_SEGMENT), false);
        List<Document> three = run(List.of(Segment.computeSegments(0, 1, 2)), true);

        assertThat(three).isEqualTo(one);
    }

    @Test
    void eventsDeliveredAgainAfterAFailoverChangeNothing() {
        List<Document> once = run(List.of(Segment.ROOT_SEGMENT), false);
        // a new holder of the segment gets every event since the last stored token again, here from the first
        // revision on: revisions, a retraction, an alias, a merge and submissions, all composed already
        int since = (int) history.stream().takeWhile(e -> !(e.payload() instanceof ArticleRevised)).count();
        MongoDatabase database = client.getDatabase("partitions-" + UUID.randomUUID());
        try {
            TimelinePartitions partitions = partitions(database);
            TimelineProjection projection = new TimelineProjection(partitions, eventStore());
            history.forEach(event -> deliver(projection, partitions, Segment.ROOT_SEGMENT, event));
            history.subList(since, history.size())
                   .forEach(event -> deliver(projection, partitions, Segment.ROOT_SEGMENT, event));

            assertThat(history.size() - since).isGreaterThan(10);
            assertThat(database.getCollection(ProjectionStore.ENTRIES).find().sort(ascending("_id"))
                               .into(new ArrayList<>())).isEqualTo(once);
        } finally {
            database.drop();
        }
    }

    @Test
    void submissionsArrivingOutOfTimestampOrderBuildTheTimelineAReplayBuilds() {
        List<Document> replayed = run(List.of(Segment.ROOT_SEGMENT), false);
        // two writers: an event stamped earlier can become visible, and reach the live projection, after one stamped
        // later; a replay reads them by timestamp. Here each pair of neighbouring submissions arrives the wrong way
        // round, the re-submitted reports of earlier articles among them.
        List<Stored> live = new ArrayList<>(history);
        int swapped = 0;
        for (String[] pair : new String[][] {{"art-200", "art-201"}, {"art-202", "art-203"}}) {
            java.util.Collections.swap(live, indexOfArticle(live, pair[0]), indexOfArticle(live, pair[1]));
            swapped++;
        }
        for (int i = 1; i < 40; i += 2) {
            int at = indexOfArticle(live, "art-" + i);
            if (at > 0 && live.get(at - 1).payload() instanceof ArticleSubmitted) {
                java.util.Collections.swap(live, at - 1, at);
                swapped++;
            }
        }
        assertThat(swapped).isGreaterThan(10);

        MongoDatabase database = client.getDatabase("partitions-" + UUID.randomUUID());
        try {
            TimelinePartitions partitions = partitions(database);
            TimelineProjection projection = new TimelineProjection(partitions, eventStore());
            live.forEach(event -> deliver(projection, partitions, Segment.ROOT_SEGMENT, event));
            assertThat(database.getCollection(ProjectionStore.ENTRIES).find().sort(ascending("_id"))
                               .into(new ArrayList<>())).isEqualTo(replayed);
        } finally {
            database.drop();
        }
    }

    private static int indexOfArticle(List<Stored> events, String articleId) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).payload() instanceof ArticleSubmitted submitted && submitted.articleId().equals(articleId)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void eachSegmentComposesOnlyItsOwnCategoriesFromItsOwnFold() {
        MongoDatabase database = client.getDatabase("partitions-" + UUID.randomUUID());
        try {
            TimelinePartitions partitions = partitions(database);
            TimelineProjection projection = new TimelineProjection(partitions, eventStore());
            Segment[] two = Segment.computeSegments(0, 1);
            // segment 1 alone: segment 0's categories stay empty and its fold untouched
            history.forEach(event -> deliver(projection, partitions, two[1], event));

            List<String> categories = database.getCollection(ProjectionStore.ENTRIES).distinct("category", String.class)
                    .into(new ArrayList<>());
            assertThat(categories).isNotEmpty().allMatch(c -> two[1].matches(
                    org.chronicle.extraction.Category.valueOf(c).ordinal()));
            assertThat(database.getCollection(ProjectionStore.ARTICLES).countDocuments()).isZero();
            assertThat(database.getCollection(ProjectionStore.ARTICLES + "_s1").countDocuments()).isEqualTo(57);

            // and the reset empties every segment's fold and all entries
            projection.reset();
            assertThat(database.getCollection(ProjectionStore.ARTICLES + "_s1").countDocuments()).isZero();
            assertThat(database.getCollection(ProjectionStore.ENTRIES).countDocuments()).isZero();
        } finally {
            database.drop();
        }
    }

    /**
     * Delivers the whole history to each segment, segment by segment in the order given, or event by event to every
     * segment in turn; returns the entries, ordered by id.
     */
    private static List<Document> run(List<Segment> segments, boolean interleaved) {
        MongoDatabase database = client.getDatabase("partitions-" + UUID.randomUUID());
        try {
            TimelinePartitions partitions = partitions(database);
            TimelineProjection projection = new TimelineProjection(partitions, eventStore());
            if (interleaved) {
                history.forEach(event -> segments.forEach(segment -> deliver(projection, partitions, segment, event)));
            } else {
                segments.forEach(segment -> history.forEach(event -> deliver(projection, partitions, segment, event)));
            }
            return database.getCollection(ProjectionStore.ENTRIES).find().sort(ascending("_id")).into(new ArrayList<>());
        } finally {
            database.drop();
        }
    }

    private static TimelinePartitions partitions(MongoDatabase database) {
        return new TimelinePartitions(new ProjectionStore(database), extractor, new SimpleMeterRegistry(),
                                      new TimelineChanges());
    }

    private static EmbeddedEventStore eventStore() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    private static void deliver(TimelineProjection projection, TimelinePartitions partitions, Segment segment,
                                Stored event) {
        try {
            partitions.within(segment, () -> {
                Object p = event.payload();
                long s = event.sequence();
                Instant at = event.at();
                if (p instanceof ArticleSubmitted e) {
                    projection.on(e, s, at);
                } else if (p instanceof ArticleRevised e) {
                    projection.on(e, s, at);
                } else if (p instanceof ArticleRetracted e) {
                    projection.on(e, s, at);
                } else if (p instanceof EntityRegistered e) {
                    projection.on(e, s, at);
                } else if (p instanceof EntityAliasAdded e) {
                    projection.on(e, s, at);
                } else if (p instanceof EntityMerged e) {
                    projection.on(e, s, at);
                } else {
                    throw new IllegalArgumentException(p.getClass().getName());
                }
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the history

    private static List<Stored> seedHistory() throws IOException {
        List<Stored> events = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        Map<String, String> entityIds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SEEDS.resolve("entities"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode entity : JSON.readTree(file.toFile())) {
                    String name = entity.path("name").asText();
                    String id = "ent-" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
                    if (entityIds.containsValue(id)) {
                        continue;
                    }
                    entityIds.put(name, id);
                    Map<String, List<String>> aliases = new LinkedHashMap<>();
                    entity.path("aliases").fields().forEachRemaining(a -> {
                        List<String> names = new ArrayList<>();
                        a.getValue().forEach(n -> names.add(n.asText()));
                        aliases.put(a.getKey(), names);
                    });
                    append(events, sequences, id, new EntityRegistered(id, EntityType.valueOf(entity.path("type").asText()),
                            name, Side.valueOf(entity.path("side").asText()), aliases, Map.of()));
                }
            }
        }
        List<ArticleContent> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                articles.add(article(file));
            }
        }
        // the first 40, then revisions and a retraction, an alias and a merge, then the rest after the entity changes
        for (int i = 0; i < 40; i++) {
            submit(events, sequences, i, articles.get(i));
        }
        for (int i : new int[] {3, 11, 27}) {
            ArticleContent was = articles.get(i);
            String[] sentences = was.body().split("(?<=\\.)\\s+");
            String shorter = String.join(" ", java.util.Arrays.copyOf(sentences, Math.max(1, sentences.length - 2)));
            String id = "art-" + i;
            append(events, sequences, id, new ArticleRevised(id, 2, new ArticleContent(was.title(), shorter,
                    was.language(), was.source(), was.url(), was.publishedAt()), "h2-" + i, "editor"));
        }
        append(events, sequences, "art-5", new ArticleRetracted("art-5", 2, "withdrawn by the outlet", "editor"));
        String kim = entityIds.get("Kim Jong Un");
        String putin = entityIds.get("Vladimir Putin");
        assertThat(kim).isNotNull();
        assertThat(putin).isNotNull();
        append(events, sequences, kim, new EntityAliasAdded(kim, "it", "il leader nordcoreano"));
        String merged = "ent-vvp";
        append(events, sequences, merged, new EntityRegistered(merged, EntityType.PERSON, "V. V. Putin", Side.RUSSIA,
                Map.of("ru", List.of("ВВП"), "en", List.of("VVP")), Map.of()));
        append(events, sequences, merged, new EntityMerged(merged, putin));
        for (int i = 40; i < articles.size(); i++) {
            submit(events, sequences, i, articles.get(i));
        }
        // the same report twice, in two languages' words: a second source on an existing entry
        submit(events, sequences, 100, articles.get(0));
        submit(events, sequences, 101, articles.get(articles.size() - 1));
        submit(events, sequences, 102, articles.get(20));
        // two reports each of a retracted article's events (new entries) and of a live one's (joining its entries),
        // submitted back to back
        submit(events, sequences, 200, articles.get(5));
        submit(events, sequences, 201, articles.get(5));
        submit(events, sequences, 202, articles.get(7));
        submit(events, sequences, 203, articles.get(7));
        return events;
    }

    private static void submit(List<Stored> events, Map<String, Long> sequences, int index, ArticleContent content) {
        String id = "art-" + index;
        ArticleContent own = new ArticleContent(content.title(), content.body(), content.language(), content.source(),
                                                content.url() + "#" + index, content.publishedAt());
        append(events, sequences, id, new ArticleSubmitted(id, 1, own, "h1-" + index, "editor"));
    }

    private static void append(List<Stored> events, Map<String, Long> sequences, String id, Object payload) {
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        events.add(new Stored(id, sequence, payload, T0.plusSeconds(events.size())));
    }

    /** A seed file: {@code ---}, {@code key: value} lines, {@code ---}, the body. */
    private static ArticleContent article(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        Map<String, String> fields = new HashMap<>();
        for (String line : lines.subList(1, end)) {
            int colon = line.indexOf(':');
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        return new ArticleContent(fields.get("title"), body, fields.get("language"), fields.get("source"),
                                  fields.get("url"), fields.get("publishedAt"));
    }
}
