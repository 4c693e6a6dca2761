package org.chronicle.api.entity;

/** Everything that can happen to a registered entity; the aggregate identifier is {@link #entityId()}. */
public sealed interface EntityEvent
        permits EntityRegistered, EntityAliasAdded, EntityAliasRemoved, EntityRenamed, EntityMerged, EntityRetired {
    String entityId();
}
