package org.chronicle.article.api;

/** @param changed {@code false} when the revision repeated the current content and so recorded nothing */
public record RevisionOutcome(String articleId, int version, boolean changed) {
}
