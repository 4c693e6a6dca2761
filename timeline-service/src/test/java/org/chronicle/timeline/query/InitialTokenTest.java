package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InitialTokenTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration LOOK_BACK = Duration.ofSeconds(5);

    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> events;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(EmbeddedMongo.uri("initial-token-test"));
        database = client.getDatabase("initial-token-" + UUID.randomUUID());
        events = database.getCollection(ProjectionStore.EVENTS);
    }

    @AfterEach
    void tearDown() {
        database.drop();
        client.close();
    }

    @Test
    void anEmptyStoreStartsAtTheBeginningWithNothingToReplay() {
        assertThat(InitialToken.replayUntilHead(source(null), events, LOOK_BACK)).isNull();
    }

    @Test
    void historyIsReplayedUpToTheNewestEventKnowingOnlyTheLookBackWindow() {
        stored("old", T.minusSeconds(3600), 0);
        stored("edge", T.minusSeconds(5), 0);
        stored("near", T.minusSeconds(2), 1);
        stored("newest", T, 2);
        MongoTrackingToken tail = MongoTrackingToken.of(T.minusSeconds(3600), java.util.Map.of());

        TrackingToken token = InitialToken.replayUntilHead(source(tail), events, LOOK_BACK);

        assertThat(token).isInstanceOf(ReplayToken.class);
        ReplayToken replay = (ReplayToken) token;
        assertThat(replay.getCurrentToken()).isEqualTo(tail);
        MongoTrackingToken head = (MongoTrackingToken) replay.getTokenAtReset();
        assertThat(head.getTimestamp()).isEqualTo(T);
        assertThat(head.getTrackedEvents().keySet()).containsExactly("edge", "near", "newest");
        // a replayed old event is behind the head: flagged as a replay, not as news
        MongoTrackingToken oldEvent = MongoTrackingToken.of(T.minusSeconds(3600), "old");
        assertThat(head.covers(oldEvent)).isTrue();
    }

    private void stored(String id, Instant timestamp, long sequence) {
        events.insertOne(new Document("eventIdentifier", id).append("aggregateIdentifier", "a")
                                 .append("sequenceNumber", sequence).append("type", "Article")
                                 .append("timestamp", DateTimeUtils.formatInstant(timestamp)));
    }

    @SuppressWarnings("unchecked")
    private static StreamableMessageSource<TrackedEventMessage<?>> source(TrackingToken tail) {
        return (StreamableMessageSource<TrackedEventMessage<?>>) java.lang.reflect.Proxy.newProxyInstance(
                InitialTokenTest.class.getClassLoader(), new Class<?>[]{StreamableMessageSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createTailToken")) {
                        return tail;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
