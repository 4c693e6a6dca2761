package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The entries {@link TimelineComposer} works on: read from the store, changed in memory, written back as the
 * difference. Readers of {@code timeline_entries} therefore see an article's entries replaced, not removed and then
 * rebuilt, and never an empty timeline while an entity change recomposes it. Entries are kept in id order, so the
 * composition is the same wherever and whenever it runs.
 */
final class EntryBook {

    private final TreeMap<String, Document> entries = new TreeMap<>();
    private final Map<String, Document> original = new TreeMap<>();

    static EntryBook readFrom(MongoCollection<Document> collection) {
        EntryBook book = new EntryBook();
        for (Document entry : collection.find()) {
            book.entries.put(entry.getString("_id"), entry);
            book.original.put(entry.getString("_id"), entry);
        }
        return book;
    }

    static EntryBook empty(MongoCollection<Document> collection) {
        EntryBook book = readFrom(collection);
        book.entries.clear();
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
    Written writeTo(MongoCollection<Document> collection) {
        List<String> saved = new ArrayList<>();
        for (Document entry : entries.values()) {
            if (!Objects.equals(original.get(entry.getString("_id")), entry)) {
                collection.replaceOne(eq("_id", entry.getString("_id")), entry, new ReplaceOptions().upsert(true));
                saved.add(entry.getString("_id"));
            }
        }
        List<String> gone = new ArrayList<>(original.keySet());
        gone.removeAll(entries.keySet());
        if (!gone.isEmpty()) {
            collection.deleteMany(in("_id", gone));
        }
        return new Written(List.copyOf(saved), List.copyOf(gone));
    }

    record Written(List<String> saved, List<String> deleted) {
    }
}
