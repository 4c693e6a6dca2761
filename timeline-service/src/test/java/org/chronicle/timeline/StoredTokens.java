package org.chronicle.timeline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.chronicle.timeline.query.TimelineProjection;

/** Reads the projection's tokens straight from {@code trackingtokens}, without claiming them. */
public class StoredTokens {

    private final MongoDatabase database;
    private final Serializer serializer;
    private final Duration lookBack;

    public StoredTokens(MongoDatabase database, Serializer serializer, Duration lookBack) {
        this.database = database;
        this.serializer = serializer;
        this.lookBack = lookBack;
    }

    public record Stored(int segment, TrackingToken token, int bytes) {
    }

    public List<Stored> read() {
        List<Stored> tokens = new ArrayList<>();
        for (Document d : database.getCollection("trackingtokens")
                .find(eq("processorName", TimelineProjection.GROUP))) {
            Binary data = d.get("token", Binary.class);
            TrackingToken token = data == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data.getData(), byte[].class, d.getString("tokenType"), null));
            tokens.add(new Stored(d.getInteger("segment"), token, data == null ? 0 : data.length()));
        }
        return tokens;
    }

    /** Every Mongo token inside a stored token: the token itself, or a replay token's reset and current positions. */
    public static List<MongoTrackingToken> mongoTokens(TrackingToken token) {
        List<MongoTrackingToken> found = new ArrayList<>();
        if (token instanceof ReplayToken replay) {
            found.addAll(mongoTokens(replay.getTokenAtReset()));
            found.addAll(mongoTokens(replay.getCurrentToken()));
        } else if (token instanceof MongoTrackingToken mongo) {
            found.add(mongo);
        } else if (token != null) {
            throw new AssertionError("Unexpected token type " + token.getClass());
        }
        return found;
    }

    /** The ids of the stored events a token at this position may legitimately remember. */
    public Set<String> lookBackWindow(MongoTrackingToken token) {
        Set<String> ids = new HashSet<>();
        database.getCollection("domainevents")
                .find(and(gte("timestamp", DateTimeUtils.formatInstant(token.getTimestamp().minus(lookBack))),
                          lte("timestamp", DateTimeUtils.formatInstant(token.getTimestamp()))))
                .projection(include("eventIdentifier"))
                .forEach(d -> ids.add(d.getString("eventIdentifier")));
        return ids;
    }

    /** The most stored events whose timestamps fit into one look-back window. */
    public int widestLookBackWindow() {
        List<Long> times = new ArrayList<>();
        database.getCollection("domainevents").find().projection(include("timestamp"))
                .forEach(d -> times.add(DateTimeUtils.parseInstant(d.getString("timestamp")).toEpochMilli()));
        times.sort(null);
        int widest = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) > lookBack.toMillis()) {
                start++;
            }
            widest = Math.max(widest, end - start + 1);
        }
        return widest;
    }
}
