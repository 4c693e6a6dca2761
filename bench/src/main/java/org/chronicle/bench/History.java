package org.chronicle.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityRegistered;

/**
 * A history of events written straight into the store with the raw driver, in Axon's format, for store sizes the
 * gateway would take hours to fill: the seed entities first, then articles — about 84 % submissions, 13 %
 * revisions and 3 % retractions of earlier ones. Timestamps step by {@code spacing} from {@code start}, a point
 * in the past chosen so the whole history stays behind the running processors' tokens (they skip it, the way a
 * restored backup or a migrated store looks to them) until a replay reads it from the beginning.
 */
final class History {

    private final MongoCollection<Document> events;
    private final AxonEvents format;
    private final SyntheticArticles articles;
    private final List<EntityRegistered> entities;
    private final Instant start;
    private final Duration spacing;
    private final Random choices = new Random(20261130);
    /** per article written: {version, next sequence number, retracted 0/1} */
    private final List<int[]> state = new ArrayList<>();
    private final List<Integer> active = new ArrayList<>();
    private int written;

    History(MongoDatabase database, AxonEvents format, SyntheticArticles articles, List<EntityRegistered> entities,
            Instant start, Duration spacing) {
        this.events = database.getCollection(AxonEvents.COLLECTION);
        this.format = format;
        this.articles = articles;
        this.entities = entities;
        this.start = start;
        this.spacing = spacing;
    }

    /** Events this history has written. */
    int size() {
        return written;
    }

    /** Appends events until the history holds {@code total}, in batches of a thousand. */
    void growTo(int total) {
        List<Document> batch = new ArrayList<>();
        while (written < total) {
            batch.add(next());
            if (batch.size() == 1000) {
                events.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.insertMany(batch);
        }
    }

    /** A revision made through the API of an article this history wrote. */
    record Revision(String articleId, ArticleContent content) {
    }

    /**
     * The next revision of one of the active articles (chosen by {@code pick}), to send through the API; the history
     * counts it, so its own later revisions of that article continue after it.
     */
    Revision reviseThroughApi(int pick) {
        int index = active.get(Math.floorMod(pick, active.size()));
        int[] article = state.get(index);
        article[0]++;
        article[1]++;
        SyntheticArticles.Article original = articles.article(index);
        return new Revision(original.id(), SyntheticArticles.revised(original.content(), article[0]));
    }

    /** An article of this history with its version and next sequence number, for reading it back. */
    record Written(SyntheticArticles.Article article, int version, long lastSequence, boolean retracted) {
    }

    Written written(int index) {
        int[] article = state.get(index);
        return new Written(articles.article(index), article[0], article[1] - 1L, article[2] == 1);
    }

    int articles() {
        return state.size();
    }

    private Document next() {
        Instant at = start.plus(spacing.multipliedBy(written));
        Document event;
        if (written < entities.size()) {
            EntityRegistered entity = entities.get(written);
            event = format.event("Entity", entity.entityId(), 0, entity, at);
        } else {
            int roll = choices.nextInt(100);
            if (active.size() < 10 || roll < 84) {
                event = submit(at);
            } else if (roll < 97) {
                event = revise(at);
            } else {
                event = retract(at);
            }
        }
        written++;
        return event;
    }

    private Document submit(Instant at) {
        int index = state.size();
        SyntheticArticles.Article article = articles.article(index);
        state.add(new int[]{1, 1, 0});
        active.add(index);
        return format.event("Article", article.id(), 0, new ArticleSubmitted(article.id(), 1, article.content(),
                article.contentHash(), format.actor()), at);
    }

    private Document revise(Instant at) {
        int index = active.get(choices.nextInt(active.size()));
        int[] article = state.get(index);
        SyntheticArticles.Article original = articles.article(index);
        int version = article[0] + 1;
        ArticleContent content = SyntheticArticles.revised(original.content(), version);
        Document event = format.event("Article", original.id(), article[1], new ArticleRevised(original.id(), version,
                content, content.fingerprint(), format.actor()), at);
        article[0] = version;
        article[1]++;
        return event;
    }

    private Document retract(Instant at) {
        int slot = choices.nextInt(active.size());
        int index = active.remove(slot);
        int[] article = state.get(index);
        SyntheticArticles.Article original = articles.article(index);
        Document event = format.event("Article", original.id(), article[1], new ArticleRetracted(original.id(),
                article[0], "Withdrawn by the outlet.", format.actor()), at);
        article[1]++;
        article[2] = 1;
        return event;
    }
}
