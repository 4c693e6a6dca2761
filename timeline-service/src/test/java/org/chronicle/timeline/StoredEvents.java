package org.chronicle.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;

/**
 * Appends events the way article-service and entity-service do, through the storage engine, with timestamps from
 * a clock that only moves forward: an event stamped earlier than what the processor has already seen (minus the
 * look-back) would be skipped, which only the auditor test wants.
 */
public class StoredEvents {

    private final EventStorageEngine engine;
    private final AtomicReference<Instant> clock;

    public StoredEvents(EventStorageEngine engine, Instant start) {
        this.engine = engine;
        this.clock = new AtomicReference<>(start);
    }

    /** Events of one aggregate are a second apart, aggregates a minute: the look-back window holds a few. */
    public void append(String type, String id, long sequence, Object payload) {
        appendAt(clock.getAndUpdate(t -> t.plusSeconds(1)), type, id, sequence, payload);
    }

    public void appendAt(Instant timestamp, String type, String id, long sequence, Object payload) {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>(type, id, sequence, payload, Map.of(),
                                                                    UUID.randomUUID().toString(), timestamp)));
    }

    public void pause() {
        clock.updateAndGet(t -> t.plus(Duration.ofMinutes(1)));
    }

    /** A small timeline: three articles (plain, revised, retracted) and two entities (one merged into the other). */
    public Seeded seed() {
        Seeded s = new Seeded(id("art"), id("art"), id("art"), id("ent"), id("ent"));
        append("Article", s.plain(), 0, submitted(s.plain(), "Putin visits Pyongyang"));
        pause();
        append("Article", s.revised(), 0, submitted(s.revised(), "Treaty draft"));
        append("Article", s.revised(), 1, new ArticleRevised(s.revised(), 2, content(s.revised(), "Treaty signed"),
                                                             "h2", "editor"));
        pause();
        append("Article", s.retracted(), 0, submitted(s.retracted(), "Rumour"));
        append("Article", s.retracted(), 1, new ArticleRetracted(s.retracted(), 2, "unsourced", "editor"));
        pause();
        append("Entity", s.person(), 0, new EntityRegistered(s.person(), EntityType.PERSON, "Kim Jong Un", Side.DPRK,
                                                             Map.of("ko", List.of("김정은")),
                                                             Map.of("wikidata", "Q56226")));
        append("Entity", s.person(), 1, new EntityAliasAdded(s.person(), "it", "Kim Jong-un"));
        pause();
        append("Entity", s.merged(), 0, new EntityRegistered(s.merged(), EntityType.PERSON, "Kim Jong-Un", Side.DPRK,
                                                             Map.of(), Map.of()));
        append("Entity", s.merged(), 1, new EntityMerged(s.merged(), s.person()));
        pause();
        return s;
    }

    public static ArticleSubmitted submitted(String id, String title) {
        return new ArticleSubmitted(id, 1, content(id, title), "h1", "editor");
    }

    public static ArticleContent content(String id, String title) {
        return new ArticleContent(title, "Body: " + title, "en", "TASS", "https://example.org/" + id,
                                  "2024-06-19T10:00:00+03:00");
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** The ids of one {@link #seed()}: each aggregate's last sequence is 0, 1, 1, 1, 1. */
    public record Seeded(String plain, String revised, String retracted, String person, String merged) {
    }
}
