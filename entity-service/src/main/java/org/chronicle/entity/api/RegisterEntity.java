package org.chronicle.entity.api;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;

/**
 * Registers an entity, or confirms an identical registration. {@code entityId} must be the one
 * {@code EntityIdentity.derive} gives for this content, so that registering the same entity twice meets the same
 * aggregate.
 */
public record RegisterEntity(@TargetAggregateIdentifier String entityId, EntityType type, String name, Side side,
                             Map<String, List<String>> aliases, Map<String, String> externalIds) {
}
