package org.chronicle.article.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetractArticle(@TargetAggregateIdentifier String articleId, String reason) {
}
