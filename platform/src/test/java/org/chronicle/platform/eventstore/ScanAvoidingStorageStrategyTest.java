package org.chronicle.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.StorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading a stream event by event gives what the range query gives, across batches and from any sequence number; a
 * processor asking again after a token that found nothing gets nothing without a query, and new events as soon as
 * they are appended.
 */
class ScanAvoidingStorageStrategyTest {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("point-reads"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void anAggregatesStreamReadsTheSameAsWithTheRangeQuery() {
        String database = "point-reads-" + UUID.randomUUID();
        MongoEventStorageEngine points = engine(database, new ScanAvoidingStorageStrategy(
                EventEntryConfiguration.getDefault(), Duration.ofSeconds(5)));
        MongoEventStorageEngine range = engine(database, new DocumentPerEventStorageStrategy(
                EventEntryConfiguration.getDefault(), Duration.ofSeconds(5)));
        points.ensureIndexes();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(new GenericDomainEventMessage<>("Thing", "thing-1", i, "step " + i));
        }
        events.add(new GenericDomainEventMessage<>("Thing", "thing-2", 0, "other"));
        points.appendEvents(events);

        // batches of two: the engine asks again after each full batch
        assertThat(payloads(points, "thing-1", 0)).containsExactly("step 0", "step 1", "step 2", "step 3", "step 4")
                .isEqualTo(payloads(range, "thing-1", 0));
        assertThat(payloads(points, "thing-1", 3)).containsExactly("step 3", "step 4");
        assertThat(payloads(points, "thing-2", 0)).containsExactly("other");
        assertThat(payloads(points, "thing-3", 0)).isEmpty();
    }

    @Test
    void aProcessorThatFoundNothingIsAnsweredFromTheCountUntilEventsAreAppended() {
        String database = "point-reads-" + UUID.randomUUID();
        ScanAvoidingStorageStrategy strategy = new ScanAvoidingStorageStrategy(EventEntryConfiguration.getDefault(),
                                                                               Duration.ofSeconds(5));
        MongoEventStorageEngine engine = engine(database, strategy);
        engine.ensureIndexes();
        engine.appendEvents(new GenericDomainEventMessage<>("Thing", "thing-1", 0, "first"));
        TrackingToken head = last(engine, null);
        assertThat(engine.readEvents(head, false)).isEmpty();

        // the answer comes from the count: with it unchanged (an event in, another out — which never happens, events
        // are not deleted) the new event is not looked for
        engine.appendEvents(new GenericDomainEventMessage<>("Thing", "thing-1", 1, "second"));
        MongoCollection<Document> events = client.getDatabase(database).getCollection("domainevents");
        events.deleteOne(new Document("aggregateIdentifier", "thing-1").append("sequenceNumber", 0L));
        assertThat(engine.readEvents(head, false)).isEmpty();

        engine.appendEvents(new GenericDomainEventMessage<>("Thing", "thing-1", 2, "third"));
        assertThat(engine.readEvents(head, false).map(e -> (Object) e.getPayload())).containsExactly("second", "third");
    }

    private static TrackingToken last(MongoEventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).reduce((a, b) -> b).orElseThrow().trackingToken();
    }

    private static MongoEventStorageEngine engine(String database, StorageStrategy strategy) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase(database)).build())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .storageStrategy(strategy)
                .batchSize(2)
                .build();
    }

    private static List<Object> payloads(MongoEventStorageEngine engine, String aggregate, long from) {
        return engine.readEvents(aggregate, from).asStream().map(e -> (Object) e.getPayload()).toList();
    }
}
