package org.chronicle.api.article;

/** A new article entered the record. */
public record ArticleSubmitted(String articleId, int version, ArticleContent content, String contentHash,
                               String submittedBy) implements ArticleEvent {
}
