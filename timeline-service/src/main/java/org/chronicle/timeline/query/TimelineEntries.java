package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chronicle.timeline.api.TimelineEntry;
import org.chronicle.timeline.api.TimelinePage;
import org.chronicle.timeline.api.TimelineQuery;
import org.springframework.stereotype.Component;

/**
 * Reads {@code timeline_entries}, which the extraction fills. Each entry document carries the contract's fields
 * ({@code _id} as a string id, {@code date}, {@code precision}, {@code title}, {@code category},
 * {@code entities[{id,name,type}]}, {@code sources[{articleId,...,language,quote,dateText}]}) plus the period its
 * date stands for, {@code dateStart} and {@code dateEnd} ({@code YYYY-MM-DD}, e.g. 2024-06-01 and 2024-06-30 for
 * "2024-06"): they make the period filter and the chronological order plain string comparisons.
 *
 * <p>Order is {@code dateStart}, then {@code _id} for ties; the cursor is the last entry's pair, so pages stay
 * stable while entries are added elsewhere in the timeline.
 */
@Component
public class TimelineEntries {

    private final ProjectionStore store;

    public TimelineEntries(ProjectionStore store) {
        this.store = store;
    }

    public TimelinePage find(TimelineQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.from() != null) {
            filters.add(gte("dateEnd", query.from().toString()));
        }
        if (query.to() != null) {
            filters.add(lte("dateStart", query.to().toString()));
        }
        if (query.entity() != null) {
            filters.add(in("entities.id", entityIds(query.entity())));
        }
        if (query.category() != null) {
            filters.add(eq("category", query.category()));
        }
        if (query.language() != null) {
            filters.add(eq("sources.language", query.language()));
        }
        if (query.article() != null) {
            filters.add(eq("sources.articleId", query.article()));
        }
        if (query.q() != null) {
            Pattern words = Pattern.compile(Pattern.quote(query.q()), Pattern.CASE_INSENSITIVE);
            filters.add(or(regex("title", words), regex("sources.quote", words)));
        }
        if (query.cursor() != null) {
            Position after = Position.decode(query.cursor());
            filters.add(or(gt("dateStart", after.dateStart()),
                           and(eq("dateStart", after.dateStart()), gt("_id", after.id()))));
        }
        List<Document> found = store.entries()
                .find(filters.isEmpty() ? new Document() : and(filters))
                .sort(ascending("dateStart", "_id"))
                .limit(query.limit() + 1)
                .into(new ArrayList<>());
        String nextCursor = null;
        if (found.size() > query.limit()) {
            found = found.subList(0, query.limit());
            Document last = found.get(found.size() - 1);
            nextCursor = new Position(text(last.get("dateStart")), text(last.get("_id"))).encode();
        }
        return new TimelinePage(found.stream().map(TimelineEntries::entry).toList(), nextCursor);
    }

    public Optional<TimelineEntry> byId(String id) {
        return Optional.ofNullable(store.entries().find(eq("_id", id)).first()).map(TimelineEntries::entry);
    }

    /**
     * The id itself, every entity whose name or alias matches (case aside), the entities those were merged into and
     * the entities merged into them: after a merge, entries of either side belong to the survivor.
     */
    private Set<String> entityIds(String idOrAlias) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(idOrAlias);
        Pattern exact = Pattern.compile("^" + Pattern.quote(idOrAlias) + "$", Pattern.CASE_INSENSITIVE);
        for (Document entity : store.entities()
                .find(or(eq("_id", idOrAlias), regex("name", exact), regex("aliases.alias", exact)))
                .projection(include("_id", "mergedInto"))) {
            ids.add(entity.getString("_id"));
            if (entity.getString("mergedInto") != null) {
                ids.add(entity.getString("mergedInto"));
            }
        }
        for (Document merged : store.entities().find(in("mergedInto", ids)).projection(include("_id"))) {
            ids.add(merged.getString("_id"));
        }
        return ids;
    }

    static TimelineEntry entry(Document d) {
        List<TimelineEntry.EntityRef> entities = d.getList("entities", Document.class, List.of()).stream()
                .map(e -> new TimelineEntry.EntityRef(e.getString("id"), e.getString("name"), e.getString("type")))
                .toList();
        List<TimelineEntry.Source> sources = d.getList("sources", Document.class, List.of()).stream()
                .map(s -> new TimelineEntry.Source(s.getString("articleId"), s.getString("title"),
                                                   s.getString("url"), text(s.get("publishedAt")),
                                                   s.getString("language"), s.getString("quote"),
                                                   s.getString("dateText"), new TimelineEntry.DateEvidence(
                                                           s.getString("date"), s.getString("precision"),
                                                           s.getString("dateRule"), s.getString("dateAnchor"),
                                                           s.getString("tense"),
                                                           s.getList("entitiesFromContext", String.class, List.of()))))
                .toList();
        return new TimelineEntry(text(d.get("_id")), d.getString("date"), d.getString("precision"),
                                 d.getString("title"), d.getString("category"), entities, sources,
                                 Boolean.TRUE.equals(d.getBoolean("dateConflict")),
                                 d.getList("unlinkedMentions", String.class, List.of()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Where a page ended; opaque to clients. */
    record Position(String dateStart, String id) {

        String encode() {
            String raw = (dateStart == null ? "" : dateStart) + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

        /** Only the shape {@link #encode()} gives passes: a forged cursor is refused, never made into a query. */
        static Position decode(String cursor) {
            try {
                if (cursor.length() > 200) {
                    throw new IllegalArgumentException("too long");
                }
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int split = raw.indexOf('\n');
                if (split < 0 || split == raw.length() - 1) {
                    throw new IllegalArgumentException("no position");
                }
                String dateStart = raw.substring(0, split);
                String id = raw.substring(split + 1);
                if (!(dateStart.isEmpty() || DAY.matcher(dateStart).matches()) || !ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("not a position");
                }
                return new Position(dateStart, id);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter("cursor", "The cursor is not one this service handed out.");
            }
        }
    }
}
