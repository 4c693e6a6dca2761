package org.chronicle.timeline.api;

import java.time.LocalDate;

/**
 * What {@code GET /api/timeline} asks for, validated.
 *
 * @param from     first day of the period asked for (entries ending before it are left out), or null
 * @param to       last day of the period asked for (entries starting after it are left out), or null
 * @param entity   an entity id or any of its names or aliases
 * @param category upper case, e.g. {@code TREATY}
 * @param language ISO 639-1 code of a source article
 * @param q        words to find in the title or a source quote
 * @param cursor   the previous page's {@code nextCursor}
 * @param article  an article id: only entries with a source from that article
 */
public record TimelineQuery(LocalDate from, LocalDate to, String entity, String category, String language, String q,
                            int limit, String cursor, String article) {

    public TimelineQuery(LocalDate from, LocalDate to, String entity, String category, String language, String q,
                         int limit, String cursor) {
        this(from, to, entity, category, language, q, limit, cursor, null);
    }
}
