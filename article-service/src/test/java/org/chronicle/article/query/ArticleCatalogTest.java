package org.chronicle.article.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import org.bson.Document;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each handler of the listing projection, against the embedded server through the real driver. */
class ArticleCatalogTest {

    private static final Instant AT = Instant.parse("2026-01-02T10:00:00Z");

    private MongoClient client;
    private MongoCollection<Document> collection;
    private ArticleCatalog catalog;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(EmbeddedMongo.uri("article-catalog-test"));
        collection = client.getDatabase("article-catalog-test").getCollection(ArticleCatalog.COLLECTION);
        collection.drop();
        catalog = new ArticleCatalog(collection);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static ArticleContent content(String id, String title, String publishedAt) {
        return new ArticleContent(title, "body", "it", "Source", "https://example.org/" + id, publishedAt);
    }

    @Test
    void aSubmissionIsListedAndItsRedeliveryChangesNothing() {
        ArticleSubmitted submitted = new ArticleSubmitted("a1", 1, content("a1", "Putin a Kim", "2026-01-01T12:00:00Z"), "h", "ed");
        catalog.on(submitted, 0, AT);
        catalog.on(submitted, 0, AT);
        assertThat(collection.countDocuments()).isEqualTo(1);
        ArticleCatalog.ArticleSummary summary = catalog.page(null, null, 10, null).articles().get(0);
        assertThat(summary).isEqualTo(new ArticleCatalog.ArticleSummary("a1", 1, "ACTIVE", "Putin a Kim", "it", "Source",
                "https://example.org/a1", "2026-01-01T12:00:00Z"));
    }

    @Test
    void aRevisionReplacesTheListedContentOnceAndAStaleRedeliveryIsIgnored() {
        catalog.on(new ArticleSubmitted("a1", 1, content("a1", "Old", "2026-01-01"), "h1", "ed"), 0, AT);
        ArticleRevised revised = new ArticleRevised("a1", 2, content("a1", "New", "2026-01-03"), "h2", "ed");
        catalog.on(revised, 1);
        catalog.on(new ArticleRevised("a1", 2, content("a1", "Stale copy", "2026-01-03"), "h3", "ed"), 1);
        Document stored = collection.find().first();
        assertThat(stored.getString("title")).isEqualTo("New");
        assertThat(stored.getInteger("version")).isEqualTo(2);
        assertThat(stored.getLong("lastSequence")).isEqualTo(1L);
    }

    @Test
    void aRetractionMarksTheArticle() {
        catalog.on(new ArticleSubmitted("a1", 1, content("a1", "T", "2026-01-01"), "h1", "ed"), 0, AT);
        catalog.on(new ArticleRetracted("a1", 1, "wrong", "ed"), 1);
        catalog.on(new ArticleRetracted("a1", 1, "wrong", "ed"), 1);
        assertThat(catalog.page(null, null, 10, null).articles().get(0).status()).isEqualTo("RETRACTED");
    }

    @Test
    void resetEmptiesTheListing() {
        catalog.on(new ArticleSubmitted("a1", 1, content("a1", "T", "2026-01-01"), "h1", "ed"), 0, AT);
        catalog.reset();
        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void pagesNewestFirstWithLanguageAndLiteralTextFilters() {
        for (int i = 1; i <= 5; i++) {
            ArticleContent c = new ArticleContent("Kim (" + i + ")", "b", i % 2 == 0 ? "ko" : "ru", "S",
                                                  "https://example.org/" + i, "2025-0" + i + "-01");
            catalog.on(new ArticleSubmitted("00000000-0000-0000-0000-00000000000" + i, 1, c, "h" + i, "ed"), 0, AT);
        }
        ArticleCatalog.Page first = catalog.page(null, null, 2, null);
        assertThat(first.articles()).extracting(ArticleCatalog.ArticleSummary::publishedAt).containsExactly("2025-05-01", "2025-04-01");
        ArticleCatalog.Page second = catalog.page(null, null, 2, first.nextCursor());
        assertThat(second.articles()).extracting(ArticleCatalog.ArticleSummary::publishedAt).containsExactly("2025-03-01", "2025-02-01");
        assertThat(catalog.page(null, null, 2, second.nextCursor()).nextCursor()).isNull();
        assertThat(catalog.page(null, "ko", 10, null).articles()).hasSize(2);
        assertThat(catalog.page("kim (3", null, 10, null).articles()).extracting(ArticleCatalog.ArticleSummary::title).containsExactly("Kim (3)");
        assertThat(catalog.page(".*", null, 10, null).articles()).isEmpty();
        assertThatThrownBy(() -> catalog.page(null, null, 2, "bm90LWEtY3Vyc29y")).isInstanceOf(ArticleCatalog.InvalidCursorException.class);
    }
}
