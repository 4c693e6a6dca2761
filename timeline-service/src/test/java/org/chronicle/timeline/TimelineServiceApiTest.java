package org.chronicle.timeline;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.api.ArticleView;
import org.chronicle.timeline.api.AuditGap;
import org.chronicle.timeline.api.AuditReport;
import org.chronicle.timeline.api.RepairReport;
import org.chronicle.timeline.api.TimelineEntry;
import org.chronicle.timeline.api.TimelinePage;
import org.chronicle.timeline.query.ConsistencyAuditor;
import org.chronicle.timeline.query.ProjectionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The auditor against a really skipped event, and the timeline endpoints' contract, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "chronicle.timeline.audit.interval=0")
class TimelineServiceApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("timeline-api-test"));
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStorageEngine engine;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private MeterRegistry registry;

    private StoredEvents events;

    @BeforeEach
    void setUp() {
        // live events, stamped now: the processor's token follows real time here
        events = new StoredEvents(engine, Instant.now());
    }

    @Test
    void theAuditorFindsEventsTheTokenSkippedAndRepairFoldsThemIn() {
        String existing = StoredEvents.id("art");
        events.appendAt(Instant.now(), "Article", existing, 0, StoredEvents.submitted(existing, "Before"));
        await().atMost(WAIT).until(() -> lastSequence(ProjectionStore.ARTICLES, existing) != null);
        assertThat(audit().gaps()).isEmpty();

        // written an hour "late": older than the token's position minus the look-back, so never streamed
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        events.appendAt(anHourAgo, "Article", existing, 1,
                        new ArticleRevised(existing, 2, StoredEvents.content(existing, "After"), "h2", "editor"));
        String unseen = StoredEvents.id("art");
        events.appendAt(anHourAgo, "Article", unseen, 0, StoredEvents.submitted(unseen, "Never streamed"));
        // a barrier: once this later event is projected, the processor has polled past both
        String barrier = StoredEvents.id("ent");
        events.appendAt(Instant.now(), "Entity", barrier, 0,
                        new EntityRegistered(barrier, EntityType.COUNTRY, "DPRK", Side.DPRK, Map.of(), Map.of()));
        await().atMost(WAIT).until(() -> lastSequence(ProjectionStore.ENTITIES, barrier) != null);
        assertThat(lastSequence(ProjectionStore.ARTICLES, existing)).isZero();
        assertThat(lastSequence(ProjectionStore.ARTICLES, unseen)).isNull();

        AuditReport report = audit();
        assertThat(report.checkedAggregates()).isGreaterThanOrEqualTo(3);
        assertThat(report.gaps()).containsExactlyInAnyOrder(new AuditGap(existing, "Article", 0, 1, 0L),
                                                            new AuditGap(unseen, "Article", 0, 0, null));
        assertThat(report.checkedAt()).isNotNull();
        assertThat(registry.get(ConsistencyAuditor.GAPS_GAUGE).gauge().value()).isEqualTo(2);

        ResponseEntity<RepairReport> repair = http.postForEntity("/api/admin/audit/repair", null, RepairReport.class);
        assertThat(repair.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repair.getBody().repaired()).containsExactlyInAnyOrder(
                new RepairReport.Repair(existing, "Article", 1, 1, 1),
                new RepairReport.Repair(unseen, "Article", 0, 0, 1));
        assertThat(repair.getBody().remainingGaps()).isEmpty();

        ArticleView repaired = http.getForObject("/api/admin/projection/articles/{id}", ArticleView.class, existing);
        assertThat(repaired.title()).isEqualTo("After");
        assertThat(repaired.version()).isEqualTo(2);
        assertThat(repaired.revisedAt()).isEqualTo(anHourAgo.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(repaired.lastSequence()).isEqualTo(1);
        assertThat(http.getForObject("/api/admin/projection/articles/{id}", ArticleView.class, unseen).title())
                .isEqualTo("Never streamed");
        assertThat(audit().gaps()).isEmpty();
        assertThat(registry.get(ConsistencyAuditor.GAPS_GAUGE).gauge().value()).isZero();
    }

    @Test
    void theTimelineServesOnlyWhatTheExtractionWrote() {
        ResponseEntity<TimelinePage> empty = http.getForEntity("/api/timeline", TimelinePage.class);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(empty.getBody().entries()).isEmpty();
        assertThat(empty.getBody().nextCursor()).isNull();
        assertThat(http.getForObject("/api/timeline", String.class)).isEqualTo("{\"entries\":[],\"nextCursor\":null}");

        ResponseEntity<Map> missing = http.getForEntity("/api/timeline/{id}", Map.class, "no-such-entry");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(missing.getBody()).containsEntry("status", 404).containsEntry("title", "Not found");

        database.getCollection(ProjectionStore.ENTRIES).insertOne(new Document("_id", "entry-1")
                .append("date", "2024-06").append("precision", "MONTH").append("dateStart", "2024-06-01")
                .append("dateEnd", "2024-06-30").append("title", "Comprehensive strategic partnership treaty")
                .append("category", "TREATY")
                .append("entities", List.of(new Document("id", "e1").append("name", "Vladimir Putin")
                                                    .append("type", "PERSON")))
                .append("sources", List.of(new Document("articleId", "a1").append("language", "it")
                                                   .append("quote", "Nel giugno del 2024 ...")
                                                   .append("dateText", "nel giugno del 2024"))));
        try {
            TimelineEntry entry = http.getForObject("/api/timeline/{id}", TimelineEntry.class, "entry-1");
            assertThat(entry.date()).isEqualTo("2024-06");
            assertThat(entry.entities()).containsExactly(new TimelineEntry.EntityRef("e1", "Vladimir Putin", "PERSON"));
            assertThat(entry.sources()).singleElement().extracting(TimelineEntry.Source::dateText)
                    .isEqualTo("nel giugno del 2024");
            assertThat(http.getForObject("/api/timeline?from=2024&to=2024-06-15&language=IT", TimelinePage.class)
                               .entries()).extracting(TimelineEntry::id).containsExactly("entry-1");
            assertThat(http.getForObject("/api/timeline?from=2024-07", TimelinePage.class).entries()).isEmpty();
        } finally {
            database.getCollection(ProjectionStore.ENTRIES).deleteOne(eq("_id", "entry-1"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2024-13", "from=24", "from=2024-6", "to=2024-02-30", "to=yesterday",
                            "from=2025&to=2024", "limit=0", "limit=201", "limit=ten", "cursor=not-a-cursor"})
    void badQueryParametersAreProblems(String query) {
        ResponseEntity<Map> response = http.getForEntity("/api/timeline?" + query, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 400).containsKeys("title", "detail");
    }

    private AuditReport audit() {
        ResponseEntity<AuditReport> response = http.getForEntity("/api/admin/audit", AuditReport.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Long lastSequence(String collection, String id) {
        Document document = database.getCollection(collection).find(eq("_id", id)).first();
        return document == null ? null : document.get(ProjectionStore.LAST_SEQUENCE, Number.class).longValue();
    }
}
