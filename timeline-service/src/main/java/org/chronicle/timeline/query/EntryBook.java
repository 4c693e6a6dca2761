package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The entries {@link TimelineComposer} works on: read from the store, changed in memory, written back as the
 * difference. Readers of {@code timeline_entries} therefore see an article's entries replaced, not removed and then
 * rebuilt, and never an empty timeline while an entity change recomposes it. Entries are kept in id order, so the
 * composition is the same wherever and whenever it runs.
 *
 * <p>An entity change needs every entry ({@link #empty}); an article change only the entries holding one of its
 * sources and those one of its statements could join ({@link #forArticle}, found by {@link EntryIndex}). Reading
 * the whole collection on every article event made a replay quadratic in the number of entries (BENCHMARKS.md,
 * findings).
 */
final class EntryBook {

    static final String SOURCE_ARTICLE = "sources.articleId";

    private final TreeMap<String, Document> entries = new TreeMap<>();
    private final Map<String, Document> original = new TreeMap<>();

    /**
     * Knows every stored entry the filter selects (to remove those not composed again: a segment's, or all) and
     * starts without any.
     */
    static EntryBook empty(MongoCollection<Document> collection, Bson own) {
        EntryBook book = new EntryBook();
        book.read(collection.find(own));
        book.entries.clear();
        return book;
    }

    /**
     * What one statement may join: entries of its category naming one of its entities, within a day of its period.
     * A superset of what the composer's rule accepts (compatible periods overlap or touch), never less.
     */
    record Reach(String category, Collection<String> entityIds, LocalDate from, LocalDate to) {
    }

    /**
     * The entries an article change can touch, read by id: those holding one of its sources, and those one of its
     * statements may join ({@link EntryIndex}). Entries it creates are added as it goes.
     */
    static EntryBook forArticle(MongoCollection<Document> collection, EntryIndex index, String articleId,
                                List<Reach> reaches) {
        EntryBook book = new EntryBook();
        Set<String> ids = index.touchedBy(articleId, reaches);
        if (!ids.isEmpty()) {
            book.read(collection.find(in("_id", ids)));
        }
        return book;
    }

    List<Document> inCategory(String category) {
        return entries.values().stream().filter(e -> category.equals(e.getString("category"))).toList();
    }

    List<Document> withSourceFrom(String articleId) {
        return entries.values().stream()
                .filter(e -> e.getList("sources", Document.class, List.of()).stream()
                        .anyMatch(s -> articleId.equals(s.getString("articleId"))))
                .toList();
    }

    private void read(Iterable<Document> stored) {
        for (Document entry : stored) {
            entries.put(entry.getString("_id"), entry);
            original.put(entry.getString("_id"), entry);
        }
    }

    void save(Document entry) {
        entries.put(entry.getString("_id"), entry);
    }

    void delete(String id) {
        entries.remove(id);
    }

    Collection<Document> all() {
        return entries.values();
    }

    /**
     * Writes what changed since the book was read: new and changed entries, then removes the ones that went.
     *
     * @return the ids saved and the ids removed
     */
    Written writeTo(MongoCollection<Document> collection, EntryIndex index) {
        List<Document> saved = new ArrayList<>();
        for (Document entry : entries.values()) {
            if (!Objects.equals(original.get(entry.getString("_id")), entry)) {
                collection.replaceOne(eq("_id", entry.getString("_id")), entry, new ReplaceOptions().upsert(true));
                saved.add(entry);
            }
        }
        List<String> gone = new ArrayList<>(original.keySet());
        gone.removeAll(entries.keySet());
        if (!gone.isEmpty()) {
            collection.deleteMany(in("_id", gone));
        }
        if (!saved.isEmpty() || !gone.isEmpty()) {
            index.written(saved, gone);
        }
        return new Written(saved.stream().map(e -> e.getString("_id")).toList(), List.copyOf(gone));
    }

    record Written(List<String> saved, List<String> deleted) {
    }
}
