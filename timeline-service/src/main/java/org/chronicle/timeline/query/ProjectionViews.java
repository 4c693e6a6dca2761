package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.mongodb.client.MongoCollection;
import java.util.function.Function;
import org.axonframework.eventhandling.Segment;
import org.bson.Document;
import org.chronicle.timeline.api.ArticleView;
import org.chronicle.timeline.api.EntityView;
import org.chronicle.timeline.api.ProcessorView;
import org.chronicle.timeline.api.ProjectionSummary;
import org.springframework.stereotype.Component;

/** Reads the projection's documents back as API views, for operators and end-to-end checks. */
@Component
public class ProjectionViews {

    private final ProjectionStore store;
    private final ProjectionProcessor processors;

    public ProjectionViews(ProjectionStore store, ProjectionProcessor processors) {
        this.store = store;
        this.processors = processors;
    }

    /** The article as every segment has folded it: the copy of the segment furthest behind. */
    public Optional<ArticleView> article(String id) {
        return furthestBehind(ProjectionStore::articles, id).map(ProjectionViews::article);
    }

    /** The entity as every segment has folded it. */
    public Optional<EntityView> entity(String id) {
        return furthestBehind(ProjectionStore::entities, id).map(ProjectionViews::entity);
    }

    /** Empty while any segment has not folded the aggregate at all. */
    private Optional<Document> furthestBehind(Function<ProjectionStore, MongoCollection<Document>> fold, String id) {
        Document behind = null;
        for (Segment segment : processors.segments()) {
            Document copy = fold.apply(store.forSegment(segment.getSegmentId())).find(eq("_id", id)).first();
            if (copy == null) {
                return Optional.empty();
            }
            if (behind == null || lastSequence(copy) < lastSequence(behind)) {
                behind = copy;
            }
        }
        return Optional.ofNullable(behind);
    }

    public ProjectionSummary summary() {
        return new ProjectionSummary(store.articles().countDocuments(), store.entities().countDocuments(),
                                     store.entries().countDocuments());
    }

    public ProcessorView processor() {
        return processors.view();
    }

    static ArticleView article(Document d) {
        return new ArticleView(d.getString("_id"), d.getString("title"), d.getString("body"),
                               d.getString("language"), d.getString("source"), d.getString("url"),
                               d.getString("publishedAt"), d.getInteger("version"), d.getString("contentHash"),
                               d.getString("status"), d.getString("retractionReason"), instant(d, "submittedAt"),
                               instant(d, "revisedAt"), instant(d, "retractedAt"), lastSequence(d));
    }

    static EntityView entity(Document d) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Document alias : d.getList("aliases", Document.class, List.of())) {
            aliases.computeIfAbsent(alias.getString("language"), language -> new ArrayList<>())
                    .add(alias.getString("alias"));
        }
        Map<String, String> externalIds = new LinkedHashMap<>();
        Document ids = d.get("externalIds", Document.class);
        if (ids != null) {
            ids.forEach((scheme, value) -> externalIds.put(scheme, String.valueOf(value)));
        }
        return new EntityView(d.getString("_id"), d.getString("type"), d.getString("name"), d.getString("side"),
                              aliases, externalIds, d.getString("status"), d.getString("mergedInto"),
                              d.getString("retiredReason"), instant(d, "registeredAt"), instant(d, "updatedAt"),
                              lastSequence(d));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long lastSequence(Document d) {
        Number last = d.get(ProjectionStore.LAST_SEQUENCE, Number.class);
        return last == null ? -1 : last.longValue();
    }
}
