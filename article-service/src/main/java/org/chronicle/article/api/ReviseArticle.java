package org.chronicle.article.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronicle.api.article.ArticleContent;

/** @param expectedVersion the version the reviser saw ({@code If-Match}), or {@code null} to revise whatever is current */
public record ReviseArticle(@TargetAggregateIdentifier String articleId, Integer expectedVersion,
                            ArticleContent content, String contentHash) {
}
