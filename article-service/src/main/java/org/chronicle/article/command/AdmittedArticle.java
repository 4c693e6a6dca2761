package org.chronicle.article.command;

import org.chronicle.api.article.ArticleContent;

/** Content that passed {@link ArticleIntake}: normalised, fingerprinted, and with the id its URL gives it. */
public record AdmittedArticle(String articleId, ArticleContent content, String contentHash) {
}
