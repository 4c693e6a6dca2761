package org.chronicle.api.article;

/** The article was withdrawn; its entries leave the timeline. */
public record ArticleRetracted(String articleId, int version, String reason, String retractedBy)
        implements ArticleEvent {
}
