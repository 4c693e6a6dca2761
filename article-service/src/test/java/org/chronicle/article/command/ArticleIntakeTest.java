package org.chronicle.article.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.chronicle.api.article.ArticleContent;
import org.junit.jupiter.api.Test;

class ArticleIntakeTest {

    private final ArticleIntake intake = new ArticleIntake(1000,
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    private static ArticleContent content(String title, String body, String language, String url, String publishedAt) {
        return new ArticleContent(title, body, language, "Source", url, publishedAt);
    }

    @Test
    void normalisesAndFingerprints() {
        AdmittedArticle a = intake.admit(content("  Putin  a\u00a0Kim ", "corpo\r\ntesto ", "IT",
                "HTTPS://Example.ORG:443/a?b=1#frag", "2026-01-01T12:00:00+01:00"));
        assertThat(a.content().title()).isEqualTo("Putin a Kim");
        assertThat(a.content().body()).isEqualTo("corpo\ntesto");
        assertThat(a.content().language()).isEqualTo("it");
        assertThat(a.content().url()).isEqualTo("https://example.org/a?b=1");
        assertThat(a.content().publishedAt()).isEqualTo("2026-01-01T12:00+01:00");
        AdmittedArticle same = intake.admit(content("Putin a Kim", "corpo\ntesto", "it",
                "https://example.org/a?b=1", "2026-01-01T12:00:00+01:00"));
        assertThat(same.articleId()).isEqualTo(a.articleId());
        assertThat(same.contentHash()).isEqualTo(a.contentHash());
    }

    @Test
    void aMissingLanguageIsLeftForDetectionAndADateOnlyIsKept() {
        AdmittedArticle a = intake.admit(content("t", "b", null, "http://example.org", "2026-01-01"));
        assertThat(a.content().language()).isNull();
        assertThat(a.content().publishedAt()).isEqualTo("2026-01-01");
        assertThat(a.content().url()).isEqualTo("http://example.org/");
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        assertThatThrownBy(() -> intake.admit(content(" ", "", "italian", "ftp://example.org/x", "yesterday")))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.problems())
                        .extracting(InvalidArticleException.FieldProblem::field)
                        .containsExactly("title", "body", "language", "url", "publishedAt"));
    }

    @Test
    void refusesFutureDatesOversizedBodiesAndRelativeOrCredentialUrls() {
        assertThatThrownBy(() -> intake.admit(content("t", "b", "en", "https://example.org", "2026-06-02T00:00:00Z")))
                .hasMessageContaining("publishedAt: must not be in the future");
        assertThatThrownBy(() -> intake.admit(content("t", "b", "en", "https://example.org", "2026-06-03")))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> intake.admit(content("t", "x".repeat(1001), "en", "https://example.org", "2026-01-01")))
                .hasMessageContaining("body: must be at most 1000");
        assertThatThrownBy(() -> intake.admit(content("t", "b", "en", "/relative/path", "2026-01-01")))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> intake.admit(content("t", "b", "en", "https://user:pw@example.org/", "2026-01-01")))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> intake.admit(content("t", "b", "xx", "https://example.org/", "2026-01-01")))
                .hasMessageContaining("language");
    }

    @Test
    void aPublicationMinutesAheadOfTheClockIsTolerated() {
        AdmittedArticle a = intake.admit(content("t", "b", "ko", "https://example.org", "2026-06-01T00:04:00Z"));
        assertThat(a.content().publishedAt()).isEqualTo("2026-06-01T00:04Z");
    }
}
