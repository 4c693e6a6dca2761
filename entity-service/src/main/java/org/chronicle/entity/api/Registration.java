package org.chronicle.entity.api;

/** What {@link RegisterEntity} answers: the entity's id, and whether this command created it. */
public record Registration(String entityId, boolean created) {
}
