package org.chronicle.timeline.api;

import java.util.List;

/**
 * One dated entry of the timeline, as the public contract shows it.
 *
 * @param date      {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise as the source text allows
 * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
 */
public record TimelineEntry(String id, String date, String precision, String title, String category,
                            List<EntityRef> entities, List<Source> sources) {

    public record EntityRef(String id, String name, String type) {
    }

    /** @param quote the sentence the entry rests on; {@code dateText} the words that dated it */
    public record Source(String articleId, String title, String url, String publishedAt, String language,
                         String quote, String dateText) {
    }
}
