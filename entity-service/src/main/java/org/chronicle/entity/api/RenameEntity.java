package org.chronicle.entity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameEntity(@TargetAggregateIdentifier String entityId, String name) {
}
