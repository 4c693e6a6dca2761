package org.chronicle.api.entity;

public record EntityRenamed(String entityId, String previousName, String name) implements EntityEvent {
}
