package org.chronicle.timeline.api;

import java.time.Instant;

/**
 * An article as the timeline knows it ({@code GET /api/admin/projection/articles/{id}}). The instants are the
 * timestamps of the events that set them; {@code lastSequence} is the last event of the article folded in.
 */
public record ArticleView(String id, String title, String body, String language, String source, String url,
                          String publishedAt, Integer version, String contentHash, String status,
                          String retractionReason, Instant submittedAt, Instant revisedAt, Instant retractedAt,
                          long lastSequence) {
}
