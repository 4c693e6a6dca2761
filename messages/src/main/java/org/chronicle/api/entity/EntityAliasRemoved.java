package org.chronicle.api.entity;

public record EntityAliasRemoved(String entityId, String language, String alias) implements EntityEvent {
}
