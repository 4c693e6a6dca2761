package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;

/**
 * Where the processor starts when it has no token yet (first start of a deployment): at the tail, replaying up to
 * the current head of the store.
 *
 * <p>Axon's default for pooled processors is a replay token ending at {@code createHeadToken()}. For Mongo that is a
 * token with the current time and no known events, and {@code MongoTrackingToken.covers} cannot place any stored
 * event behind it: every historical event then counts as new ({@code @DisallowReplay} handlers fire) and the token
 * at reset absorbs the id of every event until something newer than the start-up time arrives. This builds the
 * head token the processor would actually hold after processing everything stored now (newest timestamp, ids of the
 * events inside the look-back window), so history is a proper replay and the token stays bounded.
 */
public final class InitialToken {

    private InitialToken() {
    }

    /** @return {@code null} (start at the beginning, nothing to replay) when the store is empty */
    public static TrackingToken replayUntilHead(StreamableMessageSource<TrackedEventMessage<?>> source,
                                                MongoCollection<Document> events, Duration lookBack) {
        MongoTrackingToken head = head(events, lookBack);
        if (head == null) {
            return null;
        }
        return ReplayToken.createReplayToken(head, source.createTailToken());
    }

    static MongoTrackingToken head(MongoCollection<Document> events, Duration lookBack) {
        Document newest = events.find().sort(descending("timestamp")).projection(include("timestamp")).first();
        if (newest == null) {
            return null;
        }
        Instant headTime = DateTimeUtils.parseInstant(newest.getString("timestamp"));
        // oldest first, as MongoTrackingToken trims its known events from the front
        Map<String, Long> known = new LinkedHashMap<>();
        events.find(gte("timestamp", DateTimeUtils.formatInstant(headTime.minus(lookBack))))
                .sort(ascending("timestamp", "sequenceNumber"))
                .projection(include("eventIdentifier", "timestamp"))
                .forEach(d -> known.put(d.getString("eventIdentifier"),
                                        DateTimeUtils.parseInstant(d.getString("timestamp")).toEpochMilli()));
        return MongoTrackingToken.of(headTime, known);
    }
}
