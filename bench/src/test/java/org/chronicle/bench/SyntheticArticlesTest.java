package org.chronicle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronicle.api.article.ArticleEvent;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.extraction.ArticleText;
import org.chronicle.extraction.Extraction;
import org.chronicle.extraction.KnownEntities;
import org.chronicle.extraction.Statement;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.extraction.date.DatePrecision;
import org.chronicle.extraction.mention.EntityAliases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load articles must be what the timeline turns into entries: one dated meeting of both sides each. */
class SyntheticArticlesTest {

    private static final Path SEEDS = Path.of(System.getProperty("chronicle.root", "..")).resolve("seeds");
    private static List<EntityRegistered> entities;
    private static KnownEntities known;
    private static StatementExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        entities = SeedEntities.registrations(SEEDS);
        // as the timeline knows them: by the ids entity-service gives them
        known = KnownEntities.of(entities.stream().map(e -> new EntityAliases(e.entityId(), e.name(), e.type().name(),
                e.side().name(), e.aliases())).toList());
        extractor = new StatementExtractor();
    }

    @Test
    void everyLanguageYieldsOneStatementOnTheMeetingDayWithBothPeople() {
        SyntheticArticles articles = new SyntheticArticles(entities, "test");
        for (int i = 0; i < 200; i++) {
            SyntheticArticles.Article article = articles.article(i);
            Extraction extraction = extract(article);
            assertThat(extraction.statements()).as("article %d (%s): %s", i, article.content().language(),
                    article.content().body()).hasSize(1);
            Statement statement = extraction.statements().get(0);
            assertThat(statement.date().precision()).isEqualTo(DatePrecision.DAY);
            assertThat(statement.date().from()).as("article %d", i).isEqualTo(article.date());
            assertThat(statement.entityIds()).as("article %d", i)
                    .containsExactlyInAnyOrder(article.russianId(), article.koreanId());
        }
    }

    @Test
    void meetingsOnOneDayShareNoPersonAndEachIsReportedTwice() {
        SyntheticArticles articles = new SyntheticArticles(entities, "test");
        Set<String> meetings = new HashSet<>();
        Set<String> peopleOnFirstDay = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            SyntheticArticles.Article article = articles.article(i);
            meetings.add(article.date() + article.russianId() + article.koreanId());
            if (article.date().equals(articles.article(0).date()) && i % 2 == 0) {
                assertThat(peopleOnFirstDay.add(article.russianId())).isTrue();
                assertThat(peopleOnFirstDay.add(article.koreanId())).isTrue();
            }
        }
        assertThat(meetings).hasSize(200);
    }

    @Test
    void idsAndHashesFollowArticleService() {
        SyntheticArticles.Article article = new SyntheticArticles(entities, "test").article(7);
        assertThat(article.id()).isEqualTo(ArticleEvent.idForUrl(article.content().url()));
        assertThat(article.contentHash()).hasSize(64)
                .isNotEqualTo(SyntheticArticles.revised(article.content(), 2).fingerprint());
    }

    private static Extraction extract(SyntheticArticles.Article article) {
        return extractor.extract(new ArticleText(article.id(), article.content().title(), article.content().body(),
                                                 article.content().language(), article.content().publishedAt()), known);
    }
}
