package org.chronicle.api.article;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Everything that can happen to an article; the aggregate identifier is {@link #articleId()}. */
public sealed interface ArticleEvent permits ArticleSubmitted, ArticleRevised, ArticleRetracted {
    String articleId();

    /**
     * The article id a normalised URL gets: the same URL always yields the same id, across restarts and instances, so
     * a resubmission finds its article.
     */
    static String idForUrl(String normalisedUrl) {
        return UUID.nameUUIDFromBytes(("article:" + normalisedUrl).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The article's content version after this event (1 on submission, +1 per revision). */
    int version();
}
