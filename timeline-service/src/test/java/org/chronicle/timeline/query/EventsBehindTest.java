package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsBehindTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> events;
    private final List<TrackingToken> positions = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private EventsBehind behind;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(EmbeddedMongo.uri("events-behind-test"));
        database = client.getDatabase("events-behind-" + UUID.randomUUID());
        events = database.getCollection(ProjectionStore.EVENTS);
        for (int i = 0; i < 5; i++) {
            stored("e" + i, T.plusSeconds(i));
        }
        behind = new EventsBehind(events, () -> (Collection<TrackingToken>) new ArrayList<>(positions), registry,
                                  Duration.ZERO);
    }

    @AfterEach
    void tearDown() {
        behind.destroy();
        database.drop();
        client.close();
    }

    @Test
    void countsTheEventsNewerThanTheTokensTimestampAndOnlyOnRefresh() {
        assertThat(gauge()).isNaN();
        positions.add(MongoTrackingToken.of(T.plusSeconds(1), "e1"));
        assertThat(gauge()).as("not counted per scrape").isNaN();

        assertThat(behind.refresh()).isEqualTo(3);
        assertThat(gauge()).isEqualTo(3);

        positions.set(0, MongoTrackingToken.of(T.plusSeconds(4), "e4"));
        behind.refresh();
        assertThat(gauge()).isZero();
    }

    @Test
    void aReplayTokenCountsFromItsCurrentTokenOrEverythingBeforeTheFirstEvent() {
        MongoTrackingToken head = MongoTrackingToken.of(T.plusSeconds(4), "e4");
        positions.add(ReplayToken.createReplayToken(head, null));
        assertThat(behind.refresh()).isEqualTo(5);

        positions.set(0, ReplayToken.createReplayToken(head, MongoTrackingToken.of(T, "e0")));
        assertThat(behind.refresh()).isEqualTo(4);
    }

    @Test
    void theSegmentFurthestBehindCountsAndNoClaimedSegmentIsUnknown() {
        positions.add(MongoTrackingToken.of(T.plusSeconds(3), "e3"));
        positions.add(MongoTrackingToken.of(T.plusSeconds(1), "e1"));
        assertThat(behind.refresh()).isEqualTo(3);

        positions.clear();
        assertThat(behind.refresh()).isNaN();
        assertThat(gauge()).isNaN();
    }

    private double gauge() {
        return registry.get(EventsBehind.GAUGE).gauge().value();
    }

    private void stored(String id, Instant timestamp) {
        events.insertOne(new Document("eventIdentifier", id).append("aggregateIdentifier", id)
                                 .append("sequenceNumber", 0L).append("type", "Article")
                                 .append("timestamp", DateTimeUtils.formatInstant(timestamp)));
    }
}
