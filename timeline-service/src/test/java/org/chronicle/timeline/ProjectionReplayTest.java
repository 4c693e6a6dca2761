package org.chronicle.timeline;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.platform.eventstore.EventStoreProperties;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.StoredEvents.Seeded;
import org.chronicle.timeline.api.ArticleView;
import org.chronicle.timeline.api.EntityView;
import org.chronicle.timeline.api.ProcessorView;
import org.chronicle.timeline.api.ProjectionSummary;
import org.chronicle.timeline.api.ReplayState;
import org.chronicle.timeline.api.ReplayView;
import org.chronicle.timeline.api.SegmentView;
import org.chronicle.timeline.query.ArticleAnnouncer;
import org.chronicle.timeline.query.ProjectionInterceptor;
import org.chronicle.timeline.query.ProjectionProcessor;
import org.chronicle.timeline.query.ProjectionStore;
import org.chronicle.timeline.query.TimelineProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projection spine end to end on Axon 4.12.2 with Mongo tracking tokens: events appended as the writers do are
 * projected and served, a replay over HTTP rebuilds the same projection without re-running side effects, and the
 * stored token stays within the look-back window however often it is replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                // two segments: the token bookkeeping must hold per segment
                properties = {"chronicle.timeline.audit.interval=0", "chronicle.timeline.replay.poll-every=50ms",
                              "chronicle.timeline.projection.segments=2"})
@AutoConfigureObservability(tracing = false)
class ProjectionReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    // three hours back, one minute per aggregate: far apart compared with the 5 s look-back
    private static final Instant HISTORY = Instant.now().minus(Duration.ofHours(3));

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("timeline-replay-test"));
    }

    @TestConfiguration
    static class Gate {
        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }
    }

    /** Holds a replay at its first replayed submission while the test needs it running. */
    @ProcessingGroup(TimelineProjection.GROUP)
    static class ReplayGate {
        private volatile CountDownLatch open = new CountDownLatch(0);

        void close() {
            open = new CountDownLatch(1);
        }

        void open() {
            open.countDown();
        }

        @EventHandler
        void on(ArticleSubmitted event, ReplayStatus status) throws InterruptedException {
            if (status.isReplay()) {
                open.await(10, TimeUnit.SECONDS);
            }
        }
    }

    private static StoredEvents events;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStorageEngine engine;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private MeterRegistry registry;
    @Autowired
    private ProjectionProcessor processors;
    @Autowired
    private ReplayGate gate;
    @Autowired
    @Qualifier("serializer")
    private Serializer serializer;
    @Autowired
    private EventStoreProperties eventStoreProperties;

    private StoredTokens tokens;

    @BeforeEach
    void setUp() {
        if (events == null) {
            events = new StoredEvents(engine, HISTORY);
        }
        tokens = new StoredTokens(database, serializer, eventStoreProperties.lookBack());
    }

    @Test
    void projectsArticlesAndEntitiesAndServesThemToOperators() {
        Seeded seeded = events.seed();
        awaitProjected(seeded);

        ArticleView plain = http.getForObject("/api/admin/projection/articles/{id}", ArticleView.class, seeded.plain());
        assertThat(plain.title()).isEqualTo("Putin visits Pyongyang");
        assertThat(plain.status()).isEqualTo("ACTIVE");
        assertThat(plain.version()).isEqualTo(1);
        assertThat(plain.publishedAt()).isEqualTo("2024-06-19T10:00:00+03:00");
        assertThat(plain.submittedAt()).isBefore(Instant.now().minus(Duration.ofHours(1)));

        ArticleView revised = http.getForObject("/api/admin/projection/articles/{id}", ArticleView.class,
                                                seeded.revised());
        assertThat(revised.title()).isEqualTo("Treaty signed");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.revisedAt()).isAfter(revised.submittedAt());
        assertThat(revised.lastSequence()).isEqualTo(1);

        ArticleView retracted = http.getForObject("/api/admin/projection/articles/{id}", ArticleView.class,
                                                  seeded.retracted());
        assertThat(retracted.status()).isEqualTo("RETRACTED");
        assertThat(retracted.retractionReason()).isEqualTo("unsourced");

        EntityView person = http.getForObject("/api/admin/projection/entities/{id}", EntityView.class,
                                              seeded.person());
        assertThat(person.name()).isEqualTo("Kim Jong Un");
        assertThat(person.type()).isEqualTo("PERSON");
        assertThat(person.side()).isEqualTo("DPRK");
        assertThat(person.aliases()).isEqualTo(Map.of("ko", List.of("김정은"), "it", List.of("Kim Jong-un")));
        assertThat(person.externalIds()).isEqualTo(Map.of("wikidata", "Q56226"));

        EntityView merged = http.getForObject("/api/admin/projection/entities/{id}", EntityView.class,
                                              seeded.merged());
        assertThat(merged.status()).isEqualTo("MERGED");
        assertThat(merged.mergedInto()).isEqualTo(seeded.person());

        ProjectionSummary summary = http.getForObject("/api/admin/projection", ProjectionSummary.class);
        assertThat(summary.articles()).isGreaterThanOrEqualTo(3);
        assertThat(summary.entities()).isGreaterThanOrEqualTo(2);
        assertThat(summary.entries()).isZero();
        ProcessorView processor = http.getForObject("/api/admin/projection/processor", ProcessorView.class);
        assertThat(processor.name()).isEqualTo(TimelineProjection.GROUP);
        assertThat(processor.running()).isTrue();
        assertThat(processor.segments()).extracting(SegmentView::segment).containsExactly(0, 1);

        // live events feed the lag timer, published with percentiles
        assertThat(registry.get(ProjectionInterceptor.LAG_TIMER).timer().count()).isGreaterThanOrEqualTo(9);
        assertThat(http.getForObject("/actuator/prometheus", String.class))
                .contains("chronicle_timeline_projection_lag_seconds{application=\"timeline-service\",quantile=\"0.95\"}")
                .contains("chronicle_timeline_articles_announced_total")
                .contains("chronicle_timeline_replay_state");

        ResponseEntity<String> missing = http.getForEntity("/api/admin/projection/articles/nope", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.getForEntity("/api/admin/projection/entities/nope", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void replayRebuildsTheSameProjectionWithoutAnnouncingAgainAndKeepsTheTokenSmall() {
        Seeded seeded = events.seed();
        awaitProjected(seeded);
        List<Document> before = projection();
        ProjectionSummary countsBefore = http.getForObject("/api/admin/projection", ProjectionSummary.class);
        double announcedBefore = announced();
        assertThat(announcedBefore).isGreaterThanOrEqualTo(3);
        assertTokensBounded();

        ReplayView first = replay();
        assertThat(first.total()).isEqualTo(database.getCollection(ProjectionStore.EVENTS).countDocuments());
        assertThat(first.processed()).isEqualTo(first.total());
        assertThat(first.finishedAt()).isAfterOrEqualTo(first.startedAt());
        assertThat(projection()).isEqualTo(before);
        assertThat(http.getForObject("/api/admin/projection", ProjectionSummary.class)).isEqualTo(countsBefore);
        assertThat(announced()).isEqualTo(announcedBefore);
        Map<Integer, TrackingToken> resetPositions = resetPositions(assertTokensBounded());
        assertThat(registry.get("chronicle.timeline.replay.state").gauge().value())
                .isEqualTo(ReplayState.DONE.ordinal());
        assertThat(registry.get("chronicle.timeline.replay.total").gauge().value()).isEqualTo(first.total());
        assertThat(registry.get("chronicle.timeline.replay.processed").gauge().value()).isEqualTo(first.processed());

        // replaying a replay starts from the same reset position instead of folding the replayed events into it
        // (the AxonFramework#4453 regression of 4.12.3/4.13.0 grows it by every replayed event)
        for (int round = 0; round < 2; round++) {
            replay();
            assertThat(projection()).isEqualTo(before);
            assertThat(announced()).isEqualTo(announcedBefore);
            Map<Integer, TrackingToken> again = resetPositions(assertTokensBounded());
            again.forEach((segment, position) -> {
                if (resetPositions.containsKey(segment)) {
                    assertThat(position).as("reset position of segment %d", segment)
                            .isEqualTo(resetPositions.get(segment));
                }
            });
        }

        // a new submission after the replay is live again: announced once, and the token leaves replay mode
        String fresh = StoredEvents.id("art");
        events.append("Article", fresh, 0, StoredEvents.submitted(fresh, "After the replay"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(announced()).isEqualTo(announcedBefore + 1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(processors.status().values())
                .hasSize(2).noneMatch(EventTrackerStatus::isReplaying));
        assertTokensBounded();
    }

    @Test
    void aReplayCanChangeTheSegmentCountAndRebuildsEverySegmentsFold() {
        Seeded seeded = events.seed();
        awaitProjected(seeded);
        List<Document> before = projection();
        double announcedBefore = announced();

        ResponseEntity<Map> tooMany = http.postForEntity("/api/admin/replay?segments=9", null, Map.class);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooMany.getBody()).containsEntry("parameter", "segments");
        assertThat(processors.segmentCount()).isEqualTo(2);

        try {
            ResponseEntity<ReplayView> three = http.postForEntity("/api/admin/replay?segments=3", null,
                                                                  ReplayView.class);
            assertThat(three.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(awaitReplayEnd().state()).isEqualTo(ReplayState.DONE);
            await().atMost(WAIT).untilAsserted(() -> assertThat(processors.status().keySet())
                    .containsExactlyInAnyOrder(0, 1, 2));
            assertThat(projection()).isEqualTo(before);
            assertThat(database.getCollection(ProjectionStore.ARTICLES + "_s2").countDocuments())
                    .isEqualTo(database.getCollection(ProjectionStore.ARTICLES).countDocuments());
            // the history was replayed, not taken for news
            assertThat(announced()).isEqualTo(announcedBefore);
            assertTokensBounded();
        } finally {
            // back to the two segments the other tests expect; the third segment's fold goes with the reset
            replayWith(2);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(processors.status().keySet())
                .containsExactlyInAnyOrder(0, 1));
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(ProjectionStore.ARTICLES + "_s2");
        assertThat(projection()).isEqualTo(before);
    }

    private void replayWith(int segments) {
        assertThat(http.postForEntity("/api/admin/replay?segments=" + segments, null, ReplayView.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(awaitReplayEnd().state()).isEqualTo(ReplayState.DONE);
    }

    @Test
    void aReplayRequestWhileOneRunsIsRefused() {
        // projected first, so the replay has submissions to replay and the gate to stop at
        awaitProjected(events.seed());
        gate.close();
        try {
            ResponseEntity<ReplayView> started = http.postForEntity("/api/admin/replay", null, ReplayView.class);
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(started.getBody().state()).isEqualTo(ReplayState.RUNNING);

            ResponseEntity<Map> refused = http.postForEntity("/api/admin/replay", null, Map.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).containsEntry("title", "Replay running").containsKey("replay");

            ResponseEntity<Map> audit = http.getForEntity("/api/admin/audit", Map.class);
            assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(http.getForObject("/api/admin/replay", ReplayView.class).state())
                    .isEqualTo(ReplayState.RUNNING);
        } finally {
            gate.open();
        }
        assertThat(awaitReplayEnd().state()).isEqualTo(ReplayState.DONE);
    }

    @Test
    void aFreshTokenStoreTreatsHistoryAsReplayNotAsNews() {
        Seeded seeded = events.seed();
        awaitProjected(seeded);
        List<Document> before = projection();
        double announcedBefore = announced();

        // what a new deployment sees: events in the store, no token yet
        StreamingEventProcessor processor = processors.processor();
        processor.shutDown();
        database.getCollection("trackingtokens").deleteMany(eq("processorName", TimelineProjection.GROUP));
        processor.start();

        await().atMost(WAIT).until(() -> processors.status().size() == 2 && processors.caughtUp());
        assertThat(tokens.read()).hasSize(2).allSatisfy(t -> assertThat(t.token()).isInstanceOf(ReplayToken.class));
        assertThat(announced()).isEqualTo(announcedBefore);
        assertThat(projection()).isEqualTo(before);
        assertTokensBounded();
    }

    // ---

    private ReplayView replay() {
        ResponseEntity<ReplayView> started = http.postForEntity("/api/admin/replay", null, ReplayView.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().state()).isEqualTo(ReplayState.RUNNING);
        ReplayView done = awaitReplayEnd();
        assertThat(done.state()).isEqualTo(ReplayState.DONE);
        return done;
    }

    private ReplayView awaitReplayEnd() {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> http.getForObject("/api/admin/replay", ReplayView.class),
                       view -> view.state() != ReplayState.RUNNING);
    }

    private void awaitProjected(Seeded seeded) {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(lastSequence(ProjectionStore.ARTICLES, seeded.plain())).isEqualTo(0);
            assertThat(lastSequence(ProjectionStore.ARTICLES, seeded.revised())).isEqualTo(1);
            assertThat(lastSequence(ProjectionStore.ARTICLES, seeded.retracted())).isEqualTo(1);
            assertThat(lastSequence(ProjectionStore.ENTITIES, seeded.person())).isEqualTo(1);
            assertThat(lastSequence(ProjectionStore.ENTITIES, seeded.merged())).isEqualTo(1);
            // an entity event's recomposition is recorded after its fold: wait for that too, or a snapshot of the
            // fold can catch it in between
            assertThat(composedSequence(seeded.person())).isEqualTo(1);
            assertThat(composedSequence(seeded.merged())).isEqualTo(1);
        });
    }

    private Long composedSequence(String entityId) {
        Document document = database.getCollection(ProjectionStore.ENTITIES).find(eq("_id", entityId)).first();
        Number composed = document == null ? null : document.get(ProjectionStore.COMPOSED_SEQUENCE, Number.class);
        return composed == null ? null : composed.longValue();
    }

    private Long lastSequence(String collection, String id) {
        Document document = database.getCollection(collection).find(eq("_id", id)).first();
        return document == null ? null : document.get(ProjectionStore.LAST_SEQUENCE, Number.class).longValue();
    }

    private List<Document> projection() {
        List<Document> documents = new ArrayList<>();
        database.getCollection(ProjectionStore.ARTICLES).find().sort(ascending("_id")).into(documents);
        database.getCollection(ProjectionStore.ENTITIES).find().sort(ascending("_id")).into(documents);
        return documents;
    }

    private double announced() {
        return registry.get(ArticleAnnouncer.COUNTER).counter().count();
    }

    /**
     * Each segment's token remembers only events inside the look-back window of its own position, so never more than
     * the most events any look-back window of the store holds, however many replays ran.
     */
    private List<StoredTokens.Stored> assertTokensBounded() {
        long storedEvents = database.getCollection(ProjectionStore.EVENTS).countDocuments();
        int widestWindow = tokens.widestLookBackWindow();
        assertThat(widestWindow).as("events in the widest look-back window").isLessThan((int) storedEvents);
        List<StoredTokens.Stored> stored = new ArrayList<>(tokens.read());
        assertThat(stored).hasSize(processors.segmentCount());
        for (StoredTokens.Stored token : stored) {
            List<MongoTrackingToken> positions = StoredTokens.mongoTokens(token.token());
            assertThat(positions).isNotEmpty();
            for (MongoTrackingToken position : positions) {
                assertThat(position.getKnownEventIds())
                        .as("known events of segment %d", token.segment())
                        .isSubsetOf(tokens.lookBackWindow(position))
                        .hasSizeLessThanOrEqualTo(widestWindow);
            }
        }
        return stored;
    }

    /** Segment to the position a replay token returns to (segments already past their replay are left out). */
    private static Map<Integer, TrackingToken> resetPositions(List<StoredTokens.Stored> stored) {
        Map<Integer, TrackingToken> positions = new java.util.HashMap<>();
        for (StoredTokens.Stored token : stored) {
            if (token.token() instanceof ReplayToken replay) {
                positions.put(token.segment(), replay.getTokenAtReset());
            }
        }
        return positions;
    }
}
