package org.chronicle.article.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.platform.eventstore.DuplicateKeyResolver;
import org.springframework.stereotype.Component;

/**
 * The article listing ({@code GET /api/articles}): one document per article, newest publication first. Handlers
 * apply an event only when its sequence number is past the stored one, so redelivery and replays are harmless.
 */
@Component
@ProcessingGroup("article-catalog")
public class ArticleCatalog {

    public static final String COLLECTION = "article_catalog";

    public record Page(List<ArticleSummary> articles, String nextCursor) {
    }

    public record ArticleSummary(String id, int version, String status, String title, String language, String source,
                                 String url, String publishedAt) {
    }

    public static class InvalidCursorException extends IllegalArgumentException {
        InvalidCursorException() {
            super("The cursor is not one this service issued.");
        }
    }

    private final MongoCollection<Document> catalog;

    public ArticleCatalog(MongoCollection<Document> articleCatalogCollection) {
        this.catalog = articleCatalogCollection;
        catalog.createIndex(Indexes.descending("publishedInstant", "_id"));
    }

    @EventHandler
    void on(ArticleSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document document = contentDocument(event.articleId(), event.version(), event.content(), sequence)
                .append("status", ArticleView.ACTIVE)
                .append("submittedAt", Date.from(at));
        try {
            catalog.insertOne(document);
        } catch (MongoWriteException e) {
            // a submission is an article's first event: if it is already there, this is a redelivery
            if (!DuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    @EventHandler
    void on(ArticleRevised event, @SequenceNumber long sequence) {
        ArticleContent content = event.content();
        catalog.updateOne(and(eq("_id", event.articleId()), lt("lastSequence", sequence)), Updates.combine(
                Updates.set("version", event.version()),
                Updates.set("title", content.title()),
                Updates.set("language", content.language()),
                Updates.set("source", content.source()),
                Updates.set("publishedAt", content.publishedAt()),
                Updates.set("publishedInstant", Date.from(instantOf(content.publishedAt()))),
                Updates.set("lastSequence", sequence)));
    }

    @EventHandler
    void on(ArticleRetracted event, @SequenceNumber long sequence) {
        catalog.updateOne(and(eq("_id", event.articleId()), lt("lastSequence", sequence)), Updates.combine(
                Updates.set("status", ArticleView.RETRACTED),
                Updates.set("lastSequence", sequence)));
    }

    @ResetHandler
    void reset() {
        catalog.deleteMany(new Document());
    }

    public Page page(String query, String language, int limit, String cursor) {
        List<Bson> filters = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            // user text is matched literally, never interpreted as a pattern
            filters.add(regex("title", Pattern.quote(query.strip()), "i"));
        }
        if (language != null && !language.isBlank()) {
            filters.add(eq("language", language.strip().toLowerCase()));
        }
        if (cursor != null && !cursor.isBlank()) {
            String[] position = decode(cursor);
            Date published = new Date(Long.parseLong(position[0]));
            filters.add(or(lt("publishedInstant", published),
                           and(eq("publishedInstant", published), lt("_id", position[1]))));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        List<Document> found = catalog.find(filter)
                .sort(Sorts.descending("publishedInstant", "_id"))
                .limit(limit + 1)
                .into(new ArrayList<>());
        List<ArticleSummary> articles = found.stream().limit(limit).map(ArticleCatalog::summary).toList();
        String next = found.size() > limit ? encode(found.get(limit - 1)) : null;
        return new Page(articles, next);
    }

    private static Document contentDocument(String id, int version, ArticleContent content, long sequence) {
        return new Document("_id", id)
                .append("version", version)
                .append("title", content.title())
                .append("language", content.language())
                .append("source", content.source())
                .append("url", content.url())
                .append("publishedAt", content.publishedAt())
                .append("publishedInstant", Date.from(instantOf(content.publishedAt())))
                .append("lastSequence", sequence);
    }

    private static ArticleSummary summary(Document d) {
        return new ArticleSummary(d.getString("_id"), d.getInteger("version"), d.getString("status"),
                                  d.getString("title"), d.getString("language"), d.getString("source"),
                                  d.getString("url"), d.getString("publishedAt"));
    }

    static Instant instantOf(String publishedAt) {
        return publishedAt.contains("T")
                ? OffsetDateTime.parse(publishedAt).toInstant()
                : LocalDate.parse(publishedAt).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String encode(Document last) {
        String position = last.getDate("publishedInstant").getTime() + ":" + last.getString("_id");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = position.split(":", 2);
            Long.parseLong(parts[0]);
            if (parts.length != 2 || !parts[1].matches("[0-9a-f-]{36}")) {
                throw new InvalidCursorException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}
