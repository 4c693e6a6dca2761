package org.chronicle.timeline.query;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
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

    /** Folds the event into the current segment's state, then composes that segment's categories. */
    private void handle(Object payload, long sequence, Instant at) {
        TimelinePartition partition = partitions.current();
        write(partition, updateFor(partition.store(), payload, at), sequence, true);
        compose(partition, payload);
    }

    /**
     * Applies one stored event to one segment's partition through the same updates the handlers use, without
     * catching up on earlier ones: for the auditor's repair, which reads the stream from the projected position on.
     *
     * @return what happened, or {@code null} for an event this projection does not fold
     */
    Outcome project(TimelinePartition partition, DomainEventMessage<?> event) {
        SequencedUpdate update = updateFor(partition.store(), event.getPayload(), event.getTimestamp());
        if (update == null) {
            return null;
        }
        Outcome outcome = write(partition, update, event.getSequenceNumber(), false);
        compose(partition, event.getPayload());
        return outcome;
    }

    private static void compose(TimelinePartition partition, Object payload) {
        if (payload instanceof org.chronicle.api.article.ArticleEvent article) {
            partition.composer().articleChanged(article.articleId());
        } else {
            partition.composer().entitiesChanged();
        }
    }

    private Outcome write(TimelinePartition partition, SequencedUpdate update, long sequence, boolean catchUp) {
        Result result = update.apply(sequence);
        if (result.outcome() == Outcome.GAP && catchUp) {
            long from = result.projectedSequence() + 1;
            log.warn("projection.gap aggregateId={} segment={} projectedSequence={} eventSequence={} action=catch-up",
                     update.id(), partition.segment().getSegmentId(), result.projectedSequence(), sequence);
            eventStore.readEvents(update.id(), from).asStream()
                      .takeWhile(missing -> missing.getSequenceNumber() < sequence)
                      .forEach(missing -> project(partition, missing));
            result = update.apply(sequence);
        }
        if (result.outcome() == Outcome.GAP) {
            // not fatal: the auditor reports it and its repair applies the stream once the events are readable
            log.warn("projection.gap aggregateId={} segment={} projectedSequence={} eventSequence={} "
                     + "action=left-for-audit", update.id(), partition.segment().getSegmentId(),
                     result.projectedSequence(), sequence);
        }
        return result.outcome();
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
