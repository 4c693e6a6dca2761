package org.chronicle.timeline;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.query.ConsistencyAuditor;
import org.chronicle.timeline.query.ProjectionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first events after a quiet spell, committed out of timestamp order by a few milliseconds: the pooled
 * processor skips the late one although it is inside the look-back ({@code query.LateEventCoverageTest} says why),
 * and the periodic audit finds and repairs it without an operator. Either way it must end up projected, entries
 * included.
 */
@SpringBootTest(properties = {"chronicle.timeline.audit.interval=1s", "chronicle.timeline.audit.grace=1s"})
class LateEventRepairTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("late-event-repair-test"));
    }

    @Autowired
    private EventStorageEngine engine;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private MeterRegistry registry;

    @Test
    void anEventCommittedMillisecondsLateAfterAPauseIsRepairedByThePeriodicAudit() {
        StoredEvents events = new StoredEvents(engine, Instant.now());
        Instant first = Instant.now();
        String streamed = StoredEvents.id("art");
        events.appendAt(first, "Article", streamed, 0, StoredEvents.submitted(streamed, "Streamed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> projected(ProjectionStore.ARTICLES, streamed) != null);
        double repairedBefore = repaired();

        String late = StoredEvents.id("art");
        events.appendAt(first.minusMillis(4), "Article", late, 0, StoredEvents.submitted(late, "Committed late"));
        String barrier = StoredEvents.id("ent");
        events.appendAt(Instant.now(), "Entity", barrier, 0,
                        new EntityRegistered(barrier, EntityType.COUNTRY, "DPRK", Side.DPRK, Map.of(), Map.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> projected(ProjectionStore.ENTITIES, barrier) != null
                && projected(ProjectionStore.ARTICLES, late) != null);
        // usually the repair's (WorkPackage logs "Ignoring event ... covers" at TRACE), sometimes the stream's when
        // it read the late event before its work package had the first one's token
        assertThat(repaired() - repairedBefore).as("events the scheduled repair applied").isBetween(0.0, 1.0);
        assertThat(database.getCollection(ProjectionStore.ENTRIES).countDocuments(eq("sources.articleId", late)))
                .as("entries composed for the repaired article").isEqualTo(
                        database.getCollection(ProjectionStore.ENTRIES).countDocuments(eq("sources.articleId", streamed)));
    }

    private double repaired() {
        return registry.get(ConsistencyAuditor.REPAIRED_COUNTER).tag("trigger", "scheduled").counter().count();
    }

    private Long projected(String collection, String id) {
        Document document = database.getCollection(collection).find(eq("_id", id)).first();
        return document == null ? null : document.get(ProjectionStore.LAST_SEQUENCE, Number.class).longValue();
    }
}
