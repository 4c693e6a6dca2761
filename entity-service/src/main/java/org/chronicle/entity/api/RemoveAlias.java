package org.chronicle.entity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveAlias(@TargetAggregateIdentifier String entityId, String language, String alias) {
}
