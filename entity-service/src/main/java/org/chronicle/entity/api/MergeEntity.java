package org.chronicle.entity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Folds {@code entityId} into {@code intoEntityId}; the sender has checked that the target exists and is active. */
public record MergeEntity(@TargetAggregateIdentifier String entityId, String intoEntityId) {
}
