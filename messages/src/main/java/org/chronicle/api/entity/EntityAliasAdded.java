package org.chronicle.api.entity;

public record EntityAliasAdded(String entityId, String language, String alias) implements EntityEvent {
}
