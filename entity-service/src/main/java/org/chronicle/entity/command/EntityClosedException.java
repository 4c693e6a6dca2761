package org.chronicle.entity.command;

import org.chronicle.entity.api.EntityStatus;

/** A merged or retired entity is history: it accepts no further changes. */
public class EntityClosedException extends RuntimeException {

    private final String entityId;
    private final EntityStatus status;
    private final String mergedInto;

    public EntityClosedException(String entityId, EntityStatus status, String mergedInto) {
        super(status == EntityStatus.MERGED
                ? "Entity " + entityId + " was merged into " + mergedInto + "; change that entity instead."
                : "Entity " + entityId + " is retired and accepts no further changes.");
        this.entityId = entityId;
        this.status = status;
        this.mergedInto = mergedInto;
    }

    public String entityId() {
        return entityId;
    }

    public EntityStatus status() {
        return status;
    }

    public String mergedInto() {
        return mergedInto;
    }
}
