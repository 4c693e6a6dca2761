package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.chronicle.timeline.query.ProjectionStore.LAST_SEQUENCE;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chronicle.platform.eventstore.DuplicateKeyResolver;

/**
 * One event's change to one projection document, applied at most once and in the aggregate's order. MongoDB here
 * has no transactions, so the guard is the update's own filter on {@code lastSequence}: the change and the new
 * high-water mark land in one atomic single-document write, or not at all.
 *
 *
 * <p>Both must stay cheap on the embedded store, which answers only queries on exactly the keys of a unique index
 * without a scan: an event that starts its aggregate is first tried as a plain insert (the unique {@code _id}
 * decides; a duplicate is a redelivery), and later events' filter ({@code _id} and the expected
 * {@code lastSequence}) matches the unique index {@link ProjectionStore} keeps on those two keys.
 *
 * @param collection where the aggregate's document lives
 * @param id         the aggregate identifier, used as {@code _id}
 * @param change     the update operators for this event ({@code lastSequence} is added here)
 * @param created    the fields of the document an aggregate's first event creates; {@code null} for other events
 */
record SequencedUpdate(MongoCollection<Document> collection, String id, Bson change, Document created) {

    /** The first event of an aggregate: its document's fields. */
    static SequencedUpdate creating(MongoCollection<Document> collection, String id, Document fields) {
        return new SequencedUpdate(collection, id, new Document("$set", fields), fields);
    }

    /** Any later event: the update operators it applies. */
    static SequencedUpdate changing(MongoCollection<Document> collection, String id, Bson change) {
        return new SequencedUpdate(collection, id, change, null);
    }

    boolean creates() {
        return created != null;
    }

    enum Outcome {
        /** the document now reflects the event */
        APPLIED,
        /** the document already reflected it: a redelivery or a replay over a live projection */
        DUPLICATE,
        /** an earlier event of the aggregate is missing from the document; nothing was written */
        GAP
    }

    /** @param projectedSequence the document's {@code lastSequence} after the attempt, -1 when there is none */
    record Result(Outcome outcome, long projectedSequence) {
    }

    Result apply(long sequence) {
        if (creates()) {
            try {
                Document document = new Document("_id", id);
                document.putAll(created);
                collection.insertOne(document.append(LAST_SEQUENCE, sequence));
                return new Result(Outcome.APPLIED, sequence);
            } catch (MongoException e) {
                if (!DuplicateKeyResolver.isDuplicateKey(e)) {
                    throw e;
                }
                // there is a document already: the guarded upsert below decides whether it is past this event
            }
        }
        // a creating event may insert; any other event must directly follow what the document has seen
        Bson filter = creates()
                ? and(eq("_id", id), lt(LAST_SEQUENCE, sequence))
                // a plain document, not Filters.and (which the driver renders as $and): the embedded store matches
                // only a query whose keys are exactly a unique index's to that index
                : new Document("_id", id).append(LAST_SEQUENCE, sequence - 1);
        try {
            UpdateResult result = collection.updateOne(filter, combine(change, set(LAST_SEQUENCE, sequence)),
                                                       new UpdateOptions().upsert(creates()));
            if (result.getMatchedCount() > 0 || result.getUpsertedId() != null) {
                return new Result(Outcome.APPLIED, sequence);
            }
        } catch (MongoException e) {
            // the upsert met an existing document that is already past this event
            if (!DuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
        long projected = projectedSequence(collection, id);
        return new Result(projected >= sequence ? Outcome.DUPLICATE : Outcome.GAP, projected);
    }

    static long projectedSequence(MongoCollection<Document> collection, String id) {
        Document current = collection.find(eq("_id", id)).projection(include(LAST_SEQUENCE)).first();
        Number last = current == null ? null : current.get(LAST_SEQUENCE, Number.class);
        return last == null ? -1 : last.longValue();
    }
}
