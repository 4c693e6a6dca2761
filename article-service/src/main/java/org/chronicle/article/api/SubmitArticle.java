package org.chronicle.article.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronicle.api.article.ArticleContent;

/** Content is already validated and normalised; the id is derived from the URL (see {@code ArticleIds}). */
public record SubmitArticle(@TargetAggregateIdentifier String articleId, ArticleContent content, String contentHash) {
}
