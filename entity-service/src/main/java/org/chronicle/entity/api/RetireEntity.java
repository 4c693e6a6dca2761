package org.chronicle.entity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param reason optional */
public record RetireEntity(@TargetAggregateIdentifier String entityId, String reason) {
}
