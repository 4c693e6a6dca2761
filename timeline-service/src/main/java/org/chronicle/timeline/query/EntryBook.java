package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Where {@link TimelineComposer} keeps entries while it composes: the store itself for one article's change, or
 * memory for a full recomposition that is written in one pass at the end. Both list entries in id order, so the
 * composition is the same wherever it runs.
 */
interface EntryBook {

    List<Document> inCategory(String category);

    void save(Document entry);

    /** The entries collection. */
    final class InStore implements EntryBook {

        private final MongoCollection<Document> entries;

        InStore(MongoCollection<Document> entries) {
            this.entries = entries;
        }

        @Override
        public List<Document> inCategory(String category) {
            return entries.find(eq("category", category)).sort(ascending("_id")).into(new ArrayList<>());
        }

        @Override
        public void save(Document entry) {
            entries.replaceOne(eq("_id", entry.getString("_id")), entry, new ReplaceOptions().upsert(true));
        }

        /** Makes the collection hold exactly {@code composed}: upserts each, then removes the ones that are gone. */
        void replaceAllWith(Collection<Document> composed) {
            composed.forEach(this::save);
            entries.deleteMany(nin("_id", composed.stream().map(d -> d.getString("_id")).toList()));
        }
    }

    /** A scratch book for a full recomposition. */
    final class InMemory implements EntryBook {

        private final TreeMap<String, Document> entries = new TreeMap<>();

        @Override
        public List<Document> inCategory(String category) {
            return entries.values().stream().filter(e -> category.equals(e.getString("category"))).toList();
        }

        @Override
        public void save(Document entry) {
            entries.put(entry.getString("_id"), entry);
        }

        Collection<Document> all() {
            return entries.values();
        }
    }
}
