package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleEvent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.timeline.query.SequencedUpdate.Outcome;
import org.chronicle.timeline.query.SequencedUpdate.Result;
import org.chronicle.timeline.query.TimelinePartitions.TimelinePartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Folds article and entity events into {@code timeline_articles} and {@code timeline_entities}, one document per
 * aggregate (each segment into its own copy, see {@link TimelinePartitions}), and has the segment's composer
 * compose its categories of the timeline. Every write is guarded by the document's {@code lastSequence} (see {@link SequencedUpdate}), so a
 * redelivered or replayed event changes nothing, and events are applied in aggregate order only.
 *
 * <p>When an event arrives and an earlier one of the same aggregate is missing (the tracking token skipped it, or
 * clock skew between writers delivered it out of order), the missing events are read from the event store and
 * applied first. A skipped event that is the aggregate's last one has no successor to trigger that; the
 * {@link ConsistencyAuditor} finds those.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {

    public static final String GROUP = "timeline-projection";

    private static final Logger log = LoggerFactory.getLogger(TimelineProjection.class);

    private final TimelinePartitions partitions;
    private final EventStore eventStore;

    public TimelineProjection(TimelinePartitions partitions, EventStore eventStore) {
        this.partitions = partitions;
        this.eventStore = eventStore;
    }

    // --- articles

    @EventHandler
    public void on(ArticleSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(ArticleRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(ArticleRetracted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    // --- entities

    @EventHandler
    public void on(EntityRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(EntityAliasAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(EntityAliasRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(EntityRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(EntityMerged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    @EventHandler
    public void on(EntityRetired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        handle(event, sequence, at);
    }

    /** Called by the processor before a replay, while it is shut down: the replay rebuilds from nothing. */
    @ResetHandler
    public void reset() {
        log.info("projection.reset collections={},{} (every segment's copy),{}", ProjectionStore.ARTICLES,
                 ProjectionStore.ENTITIES, ProjectionStore.ENTRIES);
        partitions.reset();
    }

    /** Folds the event into the current segment's state and composes that segment's categories. */
    private void handle(Object payload, long sequence, Instant at) {
        apply(partitions.current(), payload, sequence, at, true);
    }

    /**
     * Applies one stored event to one segment's partition through the same updates the handlers use, without
     * catching up on earlier ones: for the auditor's repair, which reads the stream from the projected position on.
     *
     * @return what happened, or {@code null} for an event this projection does not fold
     */
    Outcome project(TimelinePartition partition, DomainEventMessage<?> event) {
        return apply(partition, event.getPayload(), event.getSequenceNumber(), event.getTimestamp(), false);
    }

    /*
     * Delivery is at least once: after a failover the new holder of a segment gets again every event since the last
     * stored token, which the old holder may have folded and composed already. Composing an article again would move
     * its sources behind the others' (and change the id of an entry it was the first source of), so an event is
     * composed only if it has not been: an article event is composed before it is folded, so a folded one is also
     * composed; an entity event is folded first (the recomposition reads the entities) and its document then records
     * the composition ("composedSequence"). What is left is the moment between composing an article and folding it.
     */
    private Outcome apply(TimelinePartition partition, Object payload, long sequence, Instant at, boolean catchUp) {
        SequencedUpdate update = updateFor(partition.store(), payload, at);
        if (update == null) {
            return null;
        }
        if (payload instanceof ArticleEvent article) {
            Document before = partition.store().articles().find(eq("_id", article.articleId())).first();
            long projected = lastSequence(before);
            if (projected < sequence - 1 && catchUp) {
                catchUp(partition, update.id(), projected, sequence);
                before = partition.store().articles().find(eq("_id", article.articleId())).first();
                projected = lastSequence(before);
            }
            if (projected >= sequence) {
                return Outcome.DUPLICATE;
            }
            if (projected < sequence - 1) {
                leftForAudit(partition, update.id(), projected, sequence);
                return Outcome.GAP;
            }
            partition.composer().articleChanged(article.articleId(), after(article.articleId(), before, payload, at));
            return update.apply(sequence).outcome();
        }
        Result result = update.apply(sequence);
        if (result.outcome() == Outcome.GAP && catchUp) {
            catchUp(partition, update.id(), result.projectedSequence(), sequence);
            result = update.apply(sequence);
        }
        if (result.outcome() == Outcome.GAP) {
            leftForAudit(partition, update.id(), result.projectedSequence(), sequence);
        } else if (result.outcome() == Outcome.APPLIED || awaitsRecomposition(update, sequence)) {
            partition.composer().entitiesChanged();
            update.collection().updateOne(eq("_id", update.id()), max(ProjectionStore.COMPOSED_SEQUENCE, sequence));
        }
        return result.outcome();
    }

    /** The events of the aggregate between the projected one and this one, read from the store and applied. */
    private void catchUp(TimelinePartition partition, String aggregateId, long projected, long sequence) {
        log.warn("projection.gap aggregateId={} segment={} projectedSequence={} eventSequence={} action=catch-up",
                 aggregateId, partition.segment().getSegmentId(), projected, sequence);
        eventStore.readEvents(aggregateId, projected + 1).asStream()
                  .takeWhile(missing -> missing.getSequenceNumber() < sequence)
                  .forEach(missing -> project(partition, missing));
    }

    private static void leftForAudit(TimelinePartition partition, String aggregateId, long projected, long sequence) {
        // not fatal: the auditor reports it and its repair applies the stream once the events are readable
        log.warn("projection.gap aggregateId={} segment={} projectedSequence={} eventSequence={} action=left-for-audit",
                 aggregateId, partition.segment().getSegmentId(), projected, sequence);
    }

    /** Whether an entity event already folded still waits for its recomposition (cut short by a crash). */
    private static boolean awaitsRecomposition(SequencedUpdate update, long sequence) {
        Document entity = update.collection().find(eq("_id", update.id()))
                .projection(include(ProjectionStore.COMPOSED_SEQUENCE)).first();
        Number composed = entity == null ? null : entity.get(ProjectionStore.COMPOSED_SEQUENCE, Number.class);
        return composed == null || composed.longValue() < sequence;
    }

    private static long lastSequence(Document document) {
        Number last = document == null ? null : document.get(ProjectionStore.LAST_SEQUENCE, Number.class);
        return last == null ? -1 : last.longValue();
    }

    /** The article's document as the event leaves it, for composing before it is written. */
    private static Document after(String articleId, Document before, Object payload, Instant at) {
        Document after = before == null ? new Document("_id", articleId) : new Document(before);
        if (payload instanceof ArticleSubmitted e) {
            after.putAll(content(e.content()));
            after.put("status", "ACTIVE");
            after.put("submittedAt", Date.from(at));
        } else if (payload instanceof ArticleRevised e) {
            after.putAll(content(e.content()));
        } else if (payload instanceof ArticleRetracted) {
            after.put("status", "RETRACTED");
        }
        return after;
    }

    private static SequencedUpdate updateFor(ProjectionStore store, Object payload, Instant at) {
        if (payload instanceof ArticleSubmitted e) {
            return submitted(store, e, at);
        } else if (payload instanceof ArticleRevised e) {
            return revised(store, e, at);
        } else if (payload instanceof ArticleRetracted e) {
            return retracted(store, e, at);
        } else if (payload instanceof EntityRegistered e) {
            return registered(store, e, at);
        } else if (payload instanceof EntityAliasAdded e) {
            return aliasAdded(store, e, at);
        } else if (payload instanceof EntityAliasRemoved e) {
            return aliasRemoved(store, e, at);
        } else if (payload instanceof EntityRenamed e) {
            return renamed(store, e, at);
        } else if (payload instanceof EntityMerged e) {
            return merged(store, e, at);
        } else if (payload instanceof EntityRetired e) {
            return retired(store, e, at);
        }
        return null;
    }

    // --- the updates; timestamps are the events' own, so a replay rebuilds identical documents

    private static SequencedUpdate submitted(ProjectionStore store, ArticleSubmitted e, Instant at) {
        return SequencedUpdate.creating(store.articles(), e.articleId(), content(e.content())
                .append("version", e.version())
                .append("contentHash", e.contentHash())
                .append("status", "ACTIVE")
                .append("submittedAt", Date.from(at))
                .append("submittedBy", e.submittedBy()));
    }

    private static SequencedUpdate revised(ProjectionStore store, ArticleRevised e, Instant at) {
        return SequencedUpdate.changing(store.articles(), e.articleId(), new Document("$set", content(e.content())
                .append("version", e.version())
                .append("contentHash", e.contentHash())
                .append("revisedAt", Date.from(at))
                .append("revisedBy", e.revisedBy())));
    }

    private static SequencedUpdate retracted(ProjectionStore store, ArticleRetracted e, Instant at) {
        return SequencedUpdate.changing(store.articles(), e.articleId(), combine(
                set("version", e.version()),
                set("status", "RETRACTED"),
                set("retractionReason", e.reason()),
                set("retractedBy", e.retractedBy()),
                set("retractedAt", Date.from(at))));
    }

    private static Document content(ArticleContent content) {
        Document fields = new Document();
        if (content != null) {
            fields.append("title", content.title())
                  .append("body", content.body())
                  .append("language", content.language())
                  .append("source", content.source())
                  .append("url", content.url())
                  .append("publishedAt", content.publishedAt());
        }
        return fields;
    }

    private static SequencedUpdate registered(ProjectionStore store, EntityRegistered e, Instant at) {
        return SequencedUpdate.creating(store.entities(), e.entityId(), new Document()
                .append("type", e.type() == null ? null : e.type().name())
                .append("name", e.name())
                .append("side", e.side() == null ? null : e.side().name())
                .append("aliases", aliases(e.aliases()))
                .append("externalIds", e.externalIds() == null ? new Document() : new Document(e.externalIds()))
                .append("status", "ACTIVE")
                .append("registeredAt", Date.from(at))
                .append("updatedAt", Date.from(at)));
    }

    private static SequencedUpdate aliasAdded(ProjectionStore store, EntityAliasAdded e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                addToSet("aliases", alias(e.language(), e.alias())),
                set("updatedAt", Date.from(at))));
    }

    private static SequencedUpdate aliasRemoved(ProjectionStore store, EntityAliasRemoved e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                pull("aliases", alias(e.language(), e.alias())),
                set("updatedAt", Date.from(at))));
    }

    private static SequencedUpdate renamed(ProjectionStore store, EntityRenamed e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                set("name", e.name()),
                set("updatedAt", Date.from(at))));
    }

    private static SequencedUpdate merged(ProjectionStore store, EntityMerged e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                set("status", "MERGED"),
                set("mergedInto", e.intoEntityId()),
                set("updatedAt", Date.from(at))));
    }

    private static SequencedUpdate retired(ProjectionStore store, EntityRetired e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                set("status", "RETIRED"),
                set("retiredReason", e.reason()),
                set("updatedAt", Date.from(at))));
    }

    /**
     * Aliases are kept as {@code [{language, alias}]} rather than a map keyed by language: one index then serves
     * "any alias in any language", and no language code ever becomes a field name.
     */
    private static List<Document> aliases(Map<String, List<String>> byLanguage) {
        Set<Document> aliases = new LinkedHashSet<>();
        if (byLanguage != null) {
            byLanguage.forEach((language, names) -> {
                if (names != null) {
                    names.forEach(name -> aliases.add(alias(language, name)));
                }
            });
        }
        return new ArrayList<>(aliases);
    }

    private static Document alias(String language, String alias) {
        return new Document("language", language).append("alias", alias);
    }
}
