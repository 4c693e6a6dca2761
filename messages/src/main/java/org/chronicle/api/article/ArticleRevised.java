package org.chronicle.api.article;

/** A full revision: {@link #content()} replaces the previous version's content. */
public record ArticleRevised(String articleId, int version, ArticleContent content, String contentHash,
                             String revisedBy) implements ArticleEvent {
}
