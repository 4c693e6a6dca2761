package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentBalancerTest {

    private static MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> instances;
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final ProjectionProcessor processors = mock(ProjectionProcessor.class);
    private final ProjectionReplay replay = mock(ProjectionReplay.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private SegmentBalancer balancer;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("segment-balancer-test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void setUp() {
        database = client.getDatabase("balancer-" + UUID.randomUUID());
        instances = database.getCollection(SegmentBalancer.INSTANCES);
        when(processors.processor()).thenReturn(processor);
        when(processors.segmentCount()).thenReturn(2);
        when(processor.isRunning()).thenReturn(true);
        holding(0, 1);
        // every: zero, so nothing runs by itself; the test calls balance()
        balancer = new SegmentBalancer(database, processors, replay,
                                       new SegmentClaims(database, Duration.ofSeconds(10)), registry, Duration.ZERO);
    }

    @AfterEach
    void tearDown() {
        database.drop();
    }

    private void holding(Integer... segments) {
        Map<Integer, EventTrackerStatus> status = new java.util.TreeMap<>();
        for (Integer segment : segments) {
            status.put(segment, mock(EventTrackerStatus.class));
        }
        when(processor.processingStatus()).thenReturn(status);
        when(processors.status()).thenReturn(status);
    }

    private void otherInstanceSeen(String node, Instant at) {
        instances.insertOne(new Document("_id", node).append("seenAt", Date.from(at)));
    }

    @Test
    void aLoneInstanceKeepsEverySegment() {
        assertThat(balancer.balance()).isEmpty();
        assertThat(instances.countDocuments()).isEqualTo(1);
        assertThat(registry.get(SegmentBalancer.CLAIMED_GAUGE).gauge().value()).isEqualTo(2.0);
    }

    @Test
    void withASecondLiveInstanceTheHighestSegmentBeyondTheFairShareIsReleased() {
        otherInstanceSeen("other@host", Instant.now());

        assertThat(balancer.balance()).containsExactly(1);
        verify(processor).releaseSegment(1);
        assertThat(registry.get(SegmentBalancer.RELEASED_COUNTER).counter().count()).isEqualTo(1.0);
    }

    @Test
    void aStaleHeartbeatIsADeadInstanceAndAnHourOldOneIsForgotten() {
        otherInstanceSeen("dead@host", Instant.now().minusSeconds(30));
        otherInstanceSeen("long-gone@host", Instant.now().minus(Duration.ofHours(2)));

        assertThat(balancer.balance()).isEmpty();
        verify(processor, never()).releaseSegment(1);
        assertThat(instances.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder(SegmentClaims.NODE, "dead@host");
    }

    @Test
    void nothingIsReleasedDuringAReplayAndAStoppedProcessorStopsBeating() {
        otherInstanceSeen("other@host", Instant.now());
        when(replay.isRunning()).thenReturn(true);
        assertThat(balancer.balance()).isEmpty();
        assertThat(instances.countDocuments(new Document("_id", SegmentClaims.NODE))).isEqualTo(1);

        when(replay.isRunning()).thenReturn(false);
        when(processor.isRunning()).thenReturn(false);
        assertThat(balancer.balance()).isEmpty();
        assertThat(instances.countDocuments(new Document("_id", SegmentClaims.NODE))).isZero();
        verify(processor, never()).releaseSegment(1);
    }

    @Test
    void theFairShareRoundsUpAndAHeartbeatGoesStaleBeforeAClaimExpires() {
        assertThat(SegmentBalancer.fairShare(2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(3, 2)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(2, 0)).isEqualTo(2);
        assertThat(SegmentBalancer.staleAfter(Duration.ofSeconds(1), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(SegmentBalancer.staleAfter(Duration.ofSeconds(1), Duration.ofSeconds(4)))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(SegmentBalancer.staleAfter(Duration.ofSeconds(1), Duration.ofSeconds(5)))
                .isEqualTo(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(5));
    }
}
