package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Who holds the projection's segments, read from Axon's token store ({@code trackingtokens}): a claim counts while its
 * owner refreshed it within the claim timeout. This instance's processor claims under {@link #NODE}, Axon's default
 * node id ({@code MongoTokenStore} without an explicit one).
 */
public class SegmentClaims {

    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final MongoCollection<Document> tokens;
    private final Duration claimTimeout;

    public SegmentClaims(MongoDatabase database, Duration claimTimeout) {
        this.tokens = database.getCollection("trackingtokens");
        this.claimTimeout = claimTimeout;
    }

    /** Segment id to owner, for the live claims of other instances. */
    public Map<Integer, String> heldElsewhere() {
        long liveSince = Instant.now().minus(claimTimeout).toEpochMilli();
        Map<Integer, String> held = new TreeMap<>();
        for (Document claim : tokens.find(and(eq("processorName", TimelineProjection.GROUP), ne("owner", null),
                                              ne("owner", NODE)))) {
            Number timestamp = claim.get("timestamp", Number.class);
            if (timestamp == null || timestamp.longValue() >= liveSince) {
                held.put(claim.get("segment", Number.class).intValue(), claim.getString("owner"));
            }
        }
        return held;
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }
}
