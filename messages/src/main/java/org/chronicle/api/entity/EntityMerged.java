package org.chronicle.api.entity;

/** This entity was folded into {@link #intoEntityId()}; its mentions and entries now belong there. */
public record EntityMerged(String entityId, String intoEntityId) implements EntityEvent {
}
