package org.chronicle.entity.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityEvent;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.entity.api.EntityView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code entity_directory}: one document per entity, for listing and searching.
 *
 * <p>Every document records the version it reflects (last applied sequence number + 1); an event at a lower
 * sequence has been applied already and is skipped, so redelivery after a crash, or a replay over a directory
 * that was not cleared, changes nothing. Events of one entity arrive in order on one thread (Axon's default
 * sequencing is per aggregate), so read-then-replace cannot race with itself.
 */
@Component
@ProcessingGroup(EntityDirectoryProjection.PROCESSING_GROUP)
public class EntityDirectoryProjection {

    public static final String PROCESSING_GROUP = "entity-directory";

    private static final Logger log = LoggerFactory.getLogger(EntityDirectoryProjection.class);

    private final MongoCollection<Document> directory;

    public EntityDirectoryProjection(@Qualifier("entityDirectoryCollection") MongoCollection<Document> directory) {
        this.directory = directory;
    }

    @EventHandler
    public void on(EntityRegistered event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @EventHandler
    public void on(EntityAliasAdded event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @EventHandler
    public void on(EntityAliasRemoved event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @EventHandler
    public void on(EntityRenamed event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @EventHandler
    public void on(EntityMerged event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @EventHandler
    public void on(EntityRetired event, @SequenceNumber long sequence) {
        apply(event, sequence);
    }

    @ResetHandler
    public void reset() {
        directory.deleteMany(new Document());
    }

    private void apply(EntityEvent event, long sequence) {
        Document stored = directory.find(eq(DirectoryDocuments.ID, event.entityId())).first();
        EntityView current = stored == null ? null : DirectoryDocuments.toView(stored);
        if (current != null && sequence < current.version()) {
            return;
        }
        EntityView next = EntityFold.apply(current, event, sequence);
        if (next == null) {
            // only possible if the registration was never delivered; a replay repairs it
            log.warn("Skipping {} #{} of entity {}: its registration is not in the directory",
                     event.getClass().getSimpleName(), sequence, event.entityId());
            return;
        }
        directory.replaceOne(eq(DirectoryDocuments.ID, event.entityId()), DirectoryDocuments.toDocument(next),
                             new ReplaceOptions().upsert(true));
    }
}
