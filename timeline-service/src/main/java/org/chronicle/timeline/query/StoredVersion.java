package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

/**
 * A counter kept in {@value ProjectionStore#META} as {@code {_id: name, version}}, bumped by whichever instance
 * changes what it counts. Instances that cache something in memory compare it with the version they loaded at,
 * instead of trusting their own memory: another instance may have written since (a failover, the auditor's repair).
 */
record StoredVersion(MongoCollection<Document> meta, String name) {

    /** 0 until first bumped. */
    long current() {
        Document stored = meta.find(eq("_id", name)).first();
        return stored == null ? 0 : stored.get("version", Number.class).longValue();
    }

    /** @return the version after this bump */
    long bump() {
        Document after = meta.findOneAndUpdate(eq("_id", name), inc("version", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return after.get("version", Number.class).longValue();
    }
}
