package org.chronicle.entity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddAlias(@TargetAggregateIdentifier String entityId, String language, String alias) {
}
