package org.chronicle.article.api;

/** @param created {@code false} when the same URL with the same content was already on record */
public record SubmissionOutcome(String articleId, int version, boolean created) {
}
