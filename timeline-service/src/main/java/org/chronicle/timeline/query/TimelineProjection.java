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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Folds article and entity events into {@code timeline_articles} and {@code timeline_entities}, one document per
 * aggregate. Every write is guarded by the document's {@code lastSequence} (see {@link SequencedUpdate}), so a
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

    private final ProjectionStore store;
    private final EventStore eventStore;
    private final TimelineComposer composer;

    public TimelineProjection(ProjectionStore store, EventStore eventStore, TimelineComposer composer) {
        this.store = store;
        this.eventStore = eventStore;
        this.composer = composer;
    }

    // --- articles

    @EventHandler
    public void on(ArticleSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(submitted(event, at), sequence, true);
        composer.articleChanged(event.articleId());
    }

    @EventHandler
    public void on(ArticleRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(revised(event, at), sequence, true);
        composer.articleChanged(event.articleId());
    }

    @EventHandler
    public void on(ArticleRetracted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(retracted(event, at), sequence, true);
        composer.articleChanged(event.articleId());
    }

    // --- entities

    @EventHandler
    public void on(EntityRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(registered(event, at), sequence, true);
        composer.entitiesChanged();
    }

    @EventHandler
    public void on(EntityAliasAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(aliasAdded(event, at), sequence, true);
        composer.entitiesChanged();
    }

    @EventHandler
    public void on(EntityAliasRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(aliasRemoved(event, at), sequence, true);
        composer.entitiesChanged();
    }

    @EventHandler
    public void on(EntityRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(renamed(event, at), sequence, true);
        composer.entitiesChanged();
    }

    @EventHandler
    public void on(EntityMerged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(merged(event, at), sequence, true);
        composer.entitiesChanged();
    }

    @EventHandler
    public void on(EntityRetired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        write(retired(event, at), sequence, true);
        composer.entitiesChanged();
    }

    /** Called by the processor before a replay, while it is shut down: the replay rebuilds from nothing. */
    @ResetHandler
    public void reset() {
        log.info("projection.reset collections={},{}", ProjectionStore.ARTICLES, ProjectionStore.ENTITIES);
        store.clear();
        composer.reset();
    }

    /**
     * Applies one stored event through the same updates the handlers use, without catching up on earlier ones:
     * for the auditor's repair, which reads the stream from the projected position on.
     *
     * @return what happened, or {@code null} for an event this projection does not fold
     */
    Outcome project(DomainEventMessage<?> event) {
        SequencedUpdate update = updateFor(event.getPayload(), event.getTimestamp());
        if (update == null) {
            return null;
        }
        Outcome outcome = write(update, event.getSequenceNumber(), false);
        if (event.getPayload() instanceof org.chronicle.api.article.ArticleEvent article) {
            composer.articleChanged(article.articleId());
        } else {
            composer.entitiesChanged();
        }
        return outcome;
    }

    private Outcome write(SequencedUpdate update, long sequence, boolean catchUp) {
        Result result = update.apply(sequence);
        if (result.outcome() == Outcome.GAP && catchUp) {
            long from = result.projectedSequence() + 1;
            log.warn("projection.gap aggregateId={} projectedSequence={} eventSequence={} action=catch-up",
                     update.id(), result.projectedSequence(), sequence);
            eventStore.readEvents(update.id(), from).asStream()
                      .takeWhile(missing -> missing.getSequenceNumber() < sequence)
                      .forEach(this::project);
            result = update.apply(sequence);
        }
        if (result.outcome() == Outcome.GAP) {
            // not fatal: the auditor reports it and its repair applies the stream once the events are readable
            log.warn("projection.gap aggregateId={} projectedSequence={} eventSequence={} action=left-for-audit",
                     update.id(), result.projectedSequence(), sequence);
        }
        return result.outcome();
    }

    private SequencedUpdate updateFor(Object payload, Instant at) {
        if (payload instanceof ArticleSubmitted e) {
            return submitted(e, at);
        } else if (payload instanceof ArticleRevised e) {
            return revised(e, at);
        } else if (payload instanceof ArticleRetracted e) {
            return retracted(e, at);
        } else if (payload instanceof EntityRegistered e) {
            return registered(e, at);
        } else if (payload instanceof EntityAliasAdded e) {
            return aliasAdded(e, at);
        } else if (payload instanceof EntityAliasRemoved e) {
            return aliasRemoved(e, at);
        } else if (payload instanceof EntityRenamed e) {
            return renamed(e, at);
        } else if (payload instanceof EntityMerged e) {
            return merged(e, at);
        } else if (payload instanceof EntityRetired e) {
            return retired(e, at);
        }
        return null;
    }

    // --- the updates; timestamps are the events' own, so a replay rebuilds identical documents

    private SequencedUpdate submitted(ArticleSubmitted e, Instant at) {
        return SequencedUpdate.creating(store.articles(), e.articleId(), content(e.content())
                .append("version", e.version())
                .append("contentHash", e.contentHash())
                .append("status", "ACTIVE")
                .append("submittedAt", Date.from(at))
                .append("submittedBy", e.submittedBy()));
    }

    private SequencedUpdate revised(ArticleRevised e, Instant at) {
        return SequencedUpdate.changing(store.articles(), e.articleId(), new Document("$set", content(e.content())
                .append("version", e.version())
                .append("contentHash", e.contentHash())
                .append("revisedAt", Date.from(at))
                .append("revisedBy", e.revisedBy())));
    }

    private SequencedUpdate retracted(ArticleRetracted e, Instant at) {
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

    private SequencedUpdate registered(EntityRegistered e, Instant at) {
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

    private SequencedUpdate aliasAdded(EntityAliasAdded e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                addToSet("aliases", alias(e.language(), e.alias())),
                set("updatedAt", Date.from(at))));
    }

    private SequencedUpdate aliasRemoved(EntityAliasRemoved e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                pull("aliases", alias(e.language(), e.alias())),
                set("updatedAt", Date.from(at))));
    }

    private SequencedUpdate renamed(EntityRenamed e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                set("name", e.name()),
                set("updatedAt", Date.from(at))));
    }

    private SequencedUpdate merged(EntityMerged e, Instant at) {
        return SequencedUpdate.changing(store.entities(), e.entityId(), combine(
                set("status", "MERGED"),
                set("mergedInto", e.intoEntityId()),
                set("updatedAt", Date.from(at))));
    }

    private SequencedUpdate retired(EntityRetired e, Instant at) {
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
