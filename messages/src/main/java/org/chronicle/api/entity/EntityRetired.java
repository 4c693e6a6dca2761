package org.chronicle.api.entity;

public record EntityRetired(String entityId, String reason) implements EntityEvent {
}
