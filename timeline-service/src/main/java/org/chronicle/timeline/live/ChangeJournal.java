package org.chronicle.timeline.live;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * {@code timeline_changes}: the changes the composing instance made, for every instance's SSE clients. Only the
 * instance that holds the projection's segment composes, but clients are spread over all instances by the gateway,
 * so each instance reads the journal ({@link ChangeFeed}) instead of listening to its own composer. Entries are
 * {@code {_id, event, entryId, at}}; {@code at} is the writer's clock, and entries older than the retention are
 * deleted by whoever prunes first (there is no TTL index, which the embedded store would not honour).
 */
public class ChangeJournal {

    public static final String COLLECTION = "timeline_changes";

    private final MongoCollection<Document> changes;
    private final Clock clock;

    public ChangeJournal(MongoDatabase database, Clock clock) {
        this.changes = database.getCollection(COLLECTION);
        this.clock = clock;
        changes.createIndex(Indexes.ascending("at"));
    }

    public void append(TimelineChange change) {
        changes.insertOne(new Document("event", change.event()).append("entryId", change.id())
                .append("at", Date.from(clock.instant())));
    }

    /** Changes written at or after {@code since} (writer's clock), oldest first, at most {@code limit}. */
    public List<Document> since(Date since, int limit) {
        return changes.find(Filters.gte("at", since)).sort(Sorts.ascending("at", "_id")).limit(limit)
                .into(new ArrayList<>());
    }

    public long prune(Duration retention) {
        return changes.deleteMany(Filters.lt("at", Date.from(clock.instant().minus(retention)))).getDeletedCount();
    }
}
