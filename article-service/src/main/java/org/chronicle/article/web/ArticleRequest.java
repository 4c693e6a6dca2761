package org.chronicle.article.web;

import org.chronicle.api.article.ArticleContent;

/** The body of {@code POST /api/articles} and {@code PUT /api/articles/{id}}; checked by {@code ArticleIntake}. */
public record ArticleRequest(String title, String body, String language, String source, String url,
                             String publishedAt) {

    ArticleContent content() {
        return new ArticleContent(title, body, language, source, url, publishedAt);
    }
}
