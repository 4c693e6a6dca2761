package org.chronicle.timeline.query;

import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Which entries an article change can touch, kept in memory: by article (the entries holding its sources) and by
 * category and entity (with each entry's days), so {@link EntryBook} reads exactly those entries by id. Without it
 * every article event searched {@code timeline_entries} by source, category, entity and date — indexed on a real
 * MongoDB, but a scan of the whole collection on the embedded store, which made a replay's cost grow with the
 * square of the entries (BENCHMARKS.md, findings).
 *
 * <p>The index holds keys, not entries, and stays true to the collection through a {@link StoredVersion}
 * ({@code timeline_meta {_id: "entries", version}}): every write of entries increments it, and the index is
 * rebuilt from the collection whenever the stored version is not the one it last wrote — after a restart, a reset,
 * or entries written by another instance (the auditor's repair there, or a new owner of the segment). With several
 * segments each has its own index over its own categories' entries, counted by its own version, so the segments'
 * writes never invalidate each other's index.
 */
final class EntryIndex {

    private final MongoCollection<Document> entries;
    private final StoredVersion stored;
    /** entry id to its keys; {@code null} until read, and after a write of unknown effect */
    private Map<String, Keys> keys;
    private Map<String, Set<String>> byArticle;
    private Map<String, Set<String>> byCategoryAndEntity;
    private long version = -1;

    /** the entries this index covers: one segment's categories, or all */
    private final Bson own;

    EntryIndex(MongoCollection<Document> entries, StoredVersion stored) {
        this(entries, stored, new Document());
    }

    EntryIndex(MongoCollection<Document> entries, StoredVersion stored, Bson own) {
        this.entries = entries;
        this.stored = stored;
        this.own = own;
    }

    /** What of an entry decides which article changes touch it. */
    private record Keys(String category, List<String> entityIds, List<String> articleIds, String start, String end) {

        static Keys of(Document entry) {
            List<String> articles = entry.getList("sources", Document.class, List.of()).stream()
                    .map(s -> s.getString("articleId")).distinct().toList();
            return new Keys(entry.getString("category"), entry.getList("entityIds", String.class, List.of()), articles,
                            entry.getString("dateStart"), entry.getString("dateEnd"));
        }

        /** Within a day of the reach's period, as {@link EntryBook.Reach} promises. */
        boolean near(EntryBook.Reach reach) {
            return start != null && end != null && start.compareTo(reach.to().plusDays(1).toString()) <= 0
                    && end.compareTo(reach.from().minusDays(1).toString()) >= 0;
        }
    }

    /** The ids of the entries holding a source of this article or within reach of one of its statements. */
    synchronized Set<String> touchedBy(String articleId, Collection<EntryBook.Reach> reaches) {
        current();
        Set<String> ids = new TreeSet<>(byArticle.getOrDefault(articleId, Set.of()));
        for (EntryBook.Reach reach : reaches) {
            for (String entityId : reach.entityIds()) {
                for (String id : byCategoryAndEntity.getOrDefault(key(reach.category(), entityId), Set.of())) {
                    if (keys.get(id).near(reach)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** After entries were saved or removed: counts the write and keeps the index in step, or drops it. */
    synchronized void written(Collection<Document> saved, Collection<String> deleted) {
        long next = stored.bump();
        if (keys == null || next != version + 1) {
            // somebody else wrote since this index was read: read it again when next needed
            keys = null;
            return;
        }
        version = next;
        deleted.forEach(this::remove);
        for (Document entry : saved) {
            remove(entry.getString("_id"));
            add(entry.getString("_id"), Keys.of(entry));
        }
    }

    /** After the collection was emptied (a replay's reset). */
    synchronized void cleared() {
        stored.bump();
        keys = null;
    }

    private void current() {
        long storedVersion = stored.current();
        if (keys != null && storedVersion == version) {
            return;
        }
        keys = new HashMap<>();
        byArticle = new HashMap<>();
        byCategoryAndEntity = new HashMap<>();
        for (Document entry : entries.find(own).projection(include("category", "entityIds", "dateStart", "dateEnd",
                                                                EntryBook.SOURCE_ARTICLE))) {
            add(entry.getString("_id"), Keys.of(entry));
        }
        version = storedVersion;
    }

    private void add(String id, Keys entry) {
        keys.put(id, entry);
        entry.articleIds().forEach(a -> byArticle.computeIfAbsent(a, k -> new TreeSet<>()).add(id));
        entry.entityIds().forEach(e -> byCategoryAndEntity.computeIfAbsent(key(entry.category(), e),
                                                                         k -> new TreeSet<>()).add(id));
    }

    private void remove(String id) {
        Keys entry = keys.remove(id);
        if (entry == null) {
            return;
        }
        entry.articleIds().forEach(a -> without(byArticle, a, id));
        entry.entityIds().forEach(e -> without(byCategoryAndEntity, key(entry.category(), e), id));
    }

    private static void without(Map<String, Set<String>> map, String key, String id) {
        Set<String> ids = map.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            map.remove(key);
        }
    }

    private static String key(String category, String entityId) {
        return category + '\u0000' + entityId;
    }
}
