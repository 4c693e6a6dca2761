package org.chronicle.timeline.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;

/**
 * The collections timeline-service reads and writes, all in the database the writers append to:
 * {@code timeline_articles} and {@code timeline_entities} (one copy per segment, see {@link #forSegment}) are the
 * projection's folds, {@code timeline_entries} the composed timeline, {@code domainevents} the shared Axon event
 * store.
 */
public class ProjectionStore {

    public static final String ARTICLES = "timeline_articles";
    public static final String ENTITIES = "timeline_entities";
    public static final String ENTRIES = "timeline_entries";
    public static final String EVENTS = "domainevents";
    /** bookkeeping: {@link StoredVersion} counters ({@code entities}, {@code entries}) and the replay's state */
    public static final String META = "timeline_meta";

    /** the per-document high-water mark that makes every handler idempotent */
    public static final String LAST_SEQUENCE = "lastSequence";
    /** on an entity's document: the last of its events whose recomposition of the timeline has been written */
    public static final String COMPOSED_SEQUENCE = "composedSequence";

    private final MongoDatabase database;
    private final int segment;
    private final StoredVersion entities;

    /** Segment 0's store: the one a single-segment projection uses, and the one views read. */
    public ProjectionStore(MongoDatabase database) {
        this(database, 0);
    }

    private ProjectionStore(MongoDatabase database, int segment) {
        this.database = database;
        this.segment = segment;
        this.entities = new StoredVersion(database.getCollection(META), named("entities"));
        ensureIndexes();
    }

    /**
     * The store of one segment of the projection. Every segment folds every article and entity event into its own
     * copy of {@code timeline_articles} and {@code timeline_entities} (segment 0 into those, segment k into
     * {@code timeline_articles_sk} and {@code timeline_entities_sk}), because it composes from them as of its own
     * position in the stream, which another segment's copy may be past (TimelinePartitions explains why).
     */
    public ProjectionStore forSegment(int segmentId) {
        return segmentId == segment ? this : new ProjectionStore(database, segmentId);
    }

    public int segment() {
        return segment;
    }

    public MongoCollection<Document> articles() {
        return database.getCollection(named(ARTICLES));
    }

    public MongoCollection<Document> entities() {
        return database.getCollection(named(ENTITIES));
    }

    private String named(String name) {
        return segment == 0 ? name : name + "_s" + segment;
    }

    public MongoCollection<Document> entries() {
        return database.getCollection(ENTRIES);
    }

    /** Counts this segment's writes of {@code timeline_entries}, for {@link EntryIndex}. */
    StoredVersion entriesVersion() {
        return new StoredVersion(database.getCollection(META), named("entries"));
    }

    MongoCollection<Document> meta() {
        return database.getCollection(META);
    }

    public MongoCollection<Document> events() {
        return database.getCollection(EVENTS);
    }

    /**
     * The entity projection's version. Instances cache the entities they compose with; with several instances the
     * one that handled an entity change may not be the one composing next (a failover moves the segment), so the
     * composer compares this version instead of trusting its own memory.
     */
    public long entitiesVersion() {
        return entities.current();
    }

    public void bumpEntitiesVersion() {
        entities.bump();
    }

    /**
     * Drops what the projection owns, every segment's copy (also of segments a previous segment count had); a replay
     * rebuilds it from the event store.
     */
    public void clear() {
        for (String name : database.listCollectionNames()) {
            if (name.matches("(" + ARTICLES + "|" + ENTITIES + ")(_s\\d+)?")) {
                database.getCollection(name).drop();
            }
        }
        ensureIndexes();
    }

    private void ensureIndexes() {
        // every event's guarded update looks a document up by id and expected lastSequence: an index on exactly
        // those keys lets the embedded store, which ignores non-unique indexes, find it without a scan (unique
        // because _id is); a real MongoDB would use the _id index anyway
        for (MongoCollection<Document> projected : List.of(articles(), entities())) {
            projected.createIndex(Indexes.ascending("_id", LAST_SEQUENCE), new IndexOptions().unique(true));
        }
        // the timeline's ?entity= accepts any name or alias, resolved through these
        entities().createIndex(Indexes.ascending("aliases.alias"));
        entities().createIndex(Indexes.ascending("name"));
        // the listing's order, ?entity= and ?article= (the embedded store ignores these and scans; a real MongoDB
        // uses them)
        entries().createIndex(Indexes.ascending("dateStart", "_id"));
        entries().createIndex(Indexes.ascending("entities.id"));
        entries().createIndex(Indexes.ascending(EntryBook.SOURCE_ARTICLE));
    }
}
