package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Sorts.ascending;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.Segment;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chronicle.extraction.Category;
import org.chronicle.extraction.ArticleText;
import org.chronicle.extraction.Extraction;
import org.chronicle.extraction.KnownEntities;
import org.chronicle.extraction.Statement;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.extraction.date.DatePrecision;
import org.chronicle.extraction.date.ResolvedDate;
import org.chronicle.extraction.mention.EntityAliases;
import org.chronicle.extraction.mention.UnlinkedMention;
import org.chronicle.timeline.live.TimelineChange;
import org.chronicle.timeline.live.TimelineChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code timeline_entries}: runs the extraction on each article as it is submitted or revised, and merges
 * each dated statement into the entry for the same real-world event (same category, compatible dates, entities in
 * common), so one event reported by several articles in several languages is one entry
 * with several sources.
 *
 * <p>Every operation is a pure function of the projection's state and the event, applied in the store's event
 * order, so a replay rebuilds the same entries with the same ids. A composer works for one segment of the
 * projection and composes only that segment's categories ({@link #composes}), from that segment's own fold
 * (TimelinePartitions); an entry never mixes categories, so the segments' entries together are the timeline one
 * segment composing everything builds:
 * <ul>
 *   <li>an article submitted or revised: its sources leave every entry, then its statements are merged in,
 *       sentence by sentence;</li>
 *   <li>an article retracted: its sources leave; an entry left without sources goes;</li>
 *   <li>an entity registered, renamed, merged, retired or given or stripped of an alias: every entry is composed
 *       again from the active articles, in submission order, with the new aliases.</li>
 * </ul>
 * An entry's id derives from its first source (article and sentence), its date is its most precise source's, and
 * sources that date it to different days are flagged ({@code dateConflict}).
 */
public class TimelineComposer {

    private static final Logger log = LoggerFactory.getLogger(TimelineComposer.class);

    private final ProjectionStore store;
    private final Segment segment;
    /** the categories this composer's segment composes; {@code null} for all of them (a single segment) */
    private final List<String> categories;
    private final EntryIndex index;
    private final StatementExtractor extractor;
    private final MeterRegistry meters;
    private final TimelineChanges changes;
    private volatile KnownEntities known;
    /** {@link ProjectionStore#entitiesVersion()} that {@link #known} was loaded at */
    private volatile long knownVersion = -1;

    /** Composes every category, from {@code store}: the projection as one segment. */
    public TimelineComposer(ProjectionStore store, StatementExtractor extractor, MeterRegistry meters) {
        this(store, Segment.ROOT_SEGMENT, extractor, meters, new TimelineChanges());
    }

    /**
     * @param store   the segment's own store ({@link ProjectionStore#forSegment})
     * @param segment the processor segment whose categories this composer composes
     */
    public TimelineComposer(ProjectionStore store, Segment segment, StatementExtractor extractor,
                            MeterRegistry meters, TimelineChanges changes) {
        this.store = store;
        this.segment = segment;
        this.categories = segment.getMask() == 0 ? null : java.util.Arrays.stream(Category.values())
                .filter(c -> segment.matches(c.ordinal())).map(Category::name).toList();
        this.index = new EntryIndex(store.entries(), store.entriesVersion(), ownEntries());
        this.extractor = extractor;
        this.meters = meters;
        this.changes = changes;
    }

    /**
     * Synchronized, like entitiesChanged and forget: the processor and the auditor's repair both compose, and each
     * call reads the entries, changes them in memory and writes the difference, so two at once would lose changes.
     *
     * @param article the article's document as its latest event leaves it (the projection composes before it
     *                writes the document), or {@code null}
     */
    public synchronized void articleChanged(String articleId, Document article) {
        boolean active = article != null && "ACTIVE".equals(article.getString("status"));
        // extraction first: its statements say which stored entries the article can join, so one query reads them
        Extraction extraction = active ? extract(article) : null;
        List<EntryBook.Reach> reaches = new ArrayList<>();
        if (extraction != null) {
            for (Statement statement : composed(extraction)) {
                reaches.add(new EntryBook.Reach(statement.category().name(), statement.entityIds(),
                                                statement.date().from(), statement.date().to()));
            }
        }
        EntryBook book = EntryBook.forArticle(store.entries(), index, articleId, reaches);
        removeSources(articleId, book);
        if (extraction != null) {
            compose(article, extraction, book);
        }
        announce(book.writeTo(store.entries(), index));
    }

    /**
     * Composes every entry again, in memory, then writes the difference: readers never see the timeline empty or
     * half-built while an entity change is applied.
     */
    public synchronized void entitiesChanged() {
        store.bumpEntitiesVersion();
        known = null;
        EntryBook book = EntryBook.empty(store.entries(), ownEntries());
        int articles = 0;
        for (Document article : store.articles().find(eq("status", "ACTIVE")).sort(ascending("submittedAt", "_id"))) {
            compose(article, extract(article), book);
            articles++;
        }
        announce(book.writeTo(store.entries(), index));
        log.info("timeline.recomposed segment={} articles={} entries={}", segment.getSegmentId(), articles,
                 book.all().size());
    }

    /** After the folds and the entries were emptied: drops what this composer keeps in memory about them. */
    synchronized void forget() {
        store.bumpEntitiesVersion();
        known = null;
        index.cleared();
    }

    /** Whether this composer's segment composes the category's entries. */
    boolean composes(Category category) {
        return categories == null || categories.contains(category.name());
    }

    /** Which stored entries are this composer's. */
    private Bson ownEntries() {
        return categories == null ? new Document() : in("category", categories);
    }

    private List<Statement> composed(Extraction extraction) {
        return categories == null ? extraction.statements()
                : extraction.statements().stream().filter(s -> composes(s.category())).toList();
    }

    /** Tells the live stream what was written (after the write: a listener reading the entry sees it). */
    private void announce(EntryBook.Written written) {
        written.saved().forEach(id -> changes.publish(TimelineChange.saved(id)));
        written.deleted().forEach(id -> changes.publish(TimelineChange.deleted(id)));
    }

    private Extraction extract(Document article) {
        long started = System.nanoTime();
        Extraction extraction = extractor.extract(new ArticleText(article.getString("_id"), article.getString("title"),
                article.getString("body"), article.getString("language"), article.getString("publishedAt")),
                knownEntities());
        Timer.builder("chronicle.timeline.extraction")
                .description("Time to extract the dated statements of one article")
                .tag("language", extraction.language())
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return extraction;
    }

    private void compose(Document article, Extraction extraction, EntryBook book) {
        for (Statement statement : composed(extraction)) {
            merge(source(article, extraction, statement), statement, book);
            meters.counter("chronicle.timeline.mentions.unlinked", "language", extraction.language())
                  .increment(statement.unlinked().size());
        }
    }

    private void merge(Document source, Statement statement, EntryBook book) {
        Document entry = match(statement, book);
        if (entry == null) {
            entry = new Document("category", statement.category().name()).append("sources", new ArrayList<>());
            meters.counter("chronicle.timeline.entries.changes", "change", "created").increment();
        } else {
            meters.counter("chronicle.timeline.entries.changes", "change", "merged").increment();
        }
        List<Document> sources = new ArrayList<>(entry.getList("sources", Document.class));
        sources.add(source);
        save(entry, sources, book);
    }

    /**
     * Sources in the order their articles were submitted (then article id and sentence), and the entry's id from the
     * first of them. The order articles are composed in can differ between a live projection and a replay: two
     * writers' events reach the projection in the order they became visible, a replay reads them by timestamp. An
     * entry built from the same sources then still gets the same id, sources and title either way.
     */
    private void save(Document entry, List<Document> sources, EntryBook book) {
        List<Document> ordered = new ArrayList<>(sources);
        ordered.sort(SOURCE_ORDER);
        Document first = ordered.get(0);
        String id = UUID.nameUUIDFromBytes(("entry:" + first.getString("articleId") + ":"
                + first.getInteger("sentenceIndex")).getBytes(StandardCharsets.UTF_8)).toString();
        String previous = entry.getString("_id");
        if (previous != null && !previous.equals(id)) {
            book.delete(previous);
        }
        book.save(summarise(new Document(entry).append("_id", id), ordered)); // the book keeps the stored original
    }

    private static final Comparator<Document> SOURCE_ORDER = Comparator
            .comparing((Document s) -> s.getDate("submittedAt"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.getString("articleId"))
            .thenComparing(s -> s.getInteger("sentenceIndex"));

    /**
     * The entry this statement reports too: same category, compatible dates, at least one entity in common (every
     * statement involves both sides, so the overlap is what tells two events of a month apart); the entry sharing
     * most entities wins.
     */
    private Document match(Statement statement, EntryBook book) {
        Period period = Period.of(statement.date());
        Set<String> entities = Set.copyOf(statement.entityIds());
        Document best = null;
        long bestOverlap = 0;
        for (Document entry : book.inCategory(statement.category().name())) {
            if (!period.compatible(Period.of(entry))) {
                continue;
            }
            long overlap = entry.getList("entityIds", String.class, List.of()).stream().filter(entities::contains).count();
            if (overlap > bestOverlap) {
                best = entry;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private void removeSources(String articleId, EntryBook book) {
        for (Document entry : book.withSourceFrom(articleId)) {
            List<Document> remaining = entry.getList("sources", Document.class).stream()
                    .filter(s -> !articleId.equals(s.getString("articleId"))).toList();
            if (remaining.isEmpty()) {
                book.delete(entry.getString("_id"));
                meters.counter("chronicle.timeline.entries.changes", "change", "removed").increment();
            } else {
                save(entry, remaining, book);
            }
        }
    }

    /** The entry as its sources make it: date from the most precise, title from the first, entities from all. */
    private Document summarise(Document entry, List<Document> sources) {
        Document dating = sources.stream()
                .min(Comparator.comparingInt((Document s) -> DatePrecision.valueOf(s.getString("precision")).ordinal()))
                .orElseThrow();
        Set<String> entityIds = new LinkedHashSet<>();
        Set<String> unlinked = new LinkedHashSet<>();
        Set<String> days = new LinkedHashSet<>();
        for (Document source : sources) {
            entityIds.addAll(source.getList("entityIds", String.class));
            unlinked.addAll(source.getList("unlinkedMentions", String.class));
            if ("DAY".equals(source.getString("precision"))) {
                days.add(source.getString("date"));
            }
        }
        List<Document> entities = new ArrayList<>();
        for (String id : entityIds) {
            EntityAliases entity = knownEntities().entity(id).orElse(null);
            entities.add(new Document("id", id).append("name", entity == null ? id : entity.name())
                                                 .append("type", entity == null ? null : entity.type()));
        }
        return new Document("_id", entry.getString("_id"))
                .append("date", dating.getString("date"))
                .append("precision", dating.getString("precision"))
                .append("dateStart", dating.getString("dateStart"))
                .append("dateEnd", dating.getString("dateEnd"))
                .append("title", sources.get(0).getString("statementTitle"))
                .append("category", entry.getString("category"))
                .append("entityIds", List.copyOf(entityIds))
                .append("entities", entities)
                .append("unlinkedMentions", List.copyOf(unlinked))
                .append("dateConflict", days.size() > 1)
                .append("sources", sources);
    }

    private Document source(Document article, Extraction extraction, Statement statement) {
        ResolvedDate date = statement.date();
        return new Document("articleId", article.getString("_id"))
                .append("submittedAt", article.getDate("submittedAt"))
                .append("title", article.getString("title"))
                .append("url", article.getString("url"))
                .append("publishedAt", article.getString("publishedAt"))
                .append("language", extraction.language())
                .append("quote", statement.quote())
                .append("dateText", date.text())
                .append("date", Period.format(date.from(), date.precision()))
                .append("precision", date.precision().name())
                .append("dateStart", date.from().toString())
                .append("dateEnd", date.to().toString())
                .append("dateRule", date.rule())
                .append("dateAnchor", date.anchor() == null ? null : date.anchor().toString())
                .append("tense", date.tense().name())
                .append("sentenceIndex", statement.sentenceIndex())
                .append("statementTitle", statement.title())
                .append("entityIds", statement.entityIds())
                .append("entitiesFromContext", statement.fromContext())
                .append("unlinkedMentions", statement.unlinked().stream().map(UnlinkedMention::surface).distinct().toList());
    }

    /** Active entities with their aliases; a merged entity's names point at the entity it was merged into. */
    KnownEntities knownEntities() {
        KnownEntities current = known;
        long version = store.entitiesVersion();
        if (current == null || version != knownVersion) {
            Map<String, EntityAliases> byId = new LinkedHashMap<>();
            Map<String, List<Document>> mergedNames = new HashMap<>();
            for (Document entity : store.entities().find(ne("status", "RETIRED")).sort(ascending("_id"))) {
                String into = entity.getString("mergedInto");
                if (into != null) {
                    mergedNames.computeIfAbsent(into, k -> new ArrayList<>()).add(entity);
                    continue;
                }
                byId.put(entity.getString("_id"), aliasesOf(entity, List.of()));
            }
            mergedNames.forEach((into, merged) -> {
                Document survivor = store.entities().find(eq("_id", into)).first();
                if (survivor != null && byId.containsKey(into)) {
                    byId.put(into, aliasesOf(survivor, merged));
                }
            });
            current = KnownEntities.of(byId.values());
            known = current;
            knownVersion = version;
        }
        return current;
    }

    private static EntityAliases aliasesOf(Document entity, List<Document> mergedIntoIt) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<Document> all = new ArrayList<>(List.of(entity));
        all.addAll(mergedIntoIt);
        for (Document source : all) {
            for (Document alias : source.getList("aliases", Document.class, List.of())) {
                aliases.computeIfAbsent(alias.getString("language"), k -> new ArrayList<>()).add(alias.getString("alias"));
            }
            if (source != entity) {
                aliases.computeIfAbsent("en", k -> new ArrayList<>()).add(source.getString("name"));
            }
        }
        return new EntityAliases(entity.getString("_id"), entity.getString("name"), entity.getString("type"),
                                 entity.getString("side") == null ? "OTHER" : entity.getString("side"), aliases);
    }

    /** The days a date covers, for deciding whether two statements can be about the same event. */
    record Period(LocalDate from, LocalDate to, DatePrecision precision) {

        static Period of(ResolvedDate date) {
            return new Period(date.from(), date.to(), date.precision());
        }

        static Period of(Document entry) {
            return new Period(LocalDate.parse(entry.getString("dateStart")), LocalDate.parse(entry.getString("dateEnd")),
                              DatePrecision.valueOf(entry.getString("precision")));
        }

        /** Two days a day apart (time zones, "overnight") or one period inside the other. */
        boolean compatible(Period other) {
            if (precision == DatePrecision.DAY && other.precision == DatePrecision.DAY) {
                return !from.isAfter(other.to.plusDays(1)) && !other.from.isAfter(to.plusDays(1));
            }
            return !from.isBefore(other.from) && !to.isAfter(other.to)
                    || !other.from.isBefore(from) && !other.to.isAfter(to);
        }

        static String format(LocalDate day, DatePrecision precision) {
            return switch (precision) {
                case DAY -> day.toString();
                case MONTH -> day.toString().substring(0, 7);
                case YEAR -> String.valueOf(day.getYear());
            };
        }
    }
}
