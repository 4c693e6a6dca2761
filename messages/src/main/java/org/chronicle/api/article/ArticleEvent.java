package org.chronicle.api.article;

/** Everything that can happen to an article; the aggregate identifier is {@link #articleId()}. */
public sealed interface ArticleEvent permits ArticleSubmitted, ArticleRevised, ArticleRetracted {
    String articleId();

    /** The article's content version after this event (1 on submission, +1 per revision). */
    int version();
}
