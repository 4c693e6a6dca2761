package org.chronicle.timeline.api;

import java.util.List;

/**
 * One dated entry of the timeline, as the public contract shows it.
 *
 * @param date      {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise as the source text allows
 * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
 */
public record TimelineEntry(String id, String date, String precision, String title, String category,
                            List<EntityRef> entities, List<Source> sources, boolean dateConflict,
                            List<String> unlinkedMentions) {

    public record EntityRef(String id, String name, String type) {
    }

    /**
     * One article's report of the entry.
     *
     * @param quote    the sentence the entry rests on
     * @param dateText the words that dated it, exactly as written
     * @param evidence how those words were resolved, for an analyst to audit
     */
    public record Source(String articleId, String title, String url, String publishedAt, String language,
                         String quote, String dateText, DateEvidence evidence) {
    }

    /**
     * @param date   what this source's words resolve to, at their own precision
     * @param rule   the id of the rule that matched (e.g. {@code it.month-only})
     * @param anchor the publication day a relative expression was resolved against ({@code null} if absolute)
     * @param tense  the tense read from the sentence (a past-tense statement is never dated after publication)
     */
    public record DateEvidence(String date, String precision, String rule, String anchor, String tense,
                               List<String> entitiesFromContext) {
    }
}
