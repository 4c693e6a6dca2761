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
 * @param collection where the aggregate's document lives
 * @param id         the aggregate identifier, used as {@code _id}
 * @param change     the update operators for this event ({@code lastSequence} is added here)
 * @param creates    whether this event starts the aggregate (then the document may be inserted)
 */
record SequencedUpdate(MongoCollection<Document> collection, String id, Bson change, boolean creates) {

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
        // a creating event may insert; any other event must directly follow what the document has seen
        Bson filter = creates
                ? and(eq("_id", id), lt(LAST_SEQUENCE, sequence))
                : and(eq("_id", id), eq(LAST_SEQUENCE, sequence - 1));
        try {
            UpdateResult result = collection.updateOne(filter, combine(change, set(LAST_SEQUENCE, sequence)),
                                                       new UpdateOptions().upsert(creates));
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
