package org.chronicle.extraction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.chronicle.extraction.mention.AliasIndex;
import org.chronicle.extraction.mention.EntityAliases;

/** The entities the extraction links to: their alias index and, by id, what each is (type, side). */
public final class KnownEntities {

    private final AliasIndex index;
    private final Map<String, EntityAliases> byId;

    private KnownEntities(AliasIndex index, Map<String, EntityAliases> byId) {
        this.index = index;
        this.byId = byId;
    }

    public static KnownEntities of(Collection<EntityAliases> entities) {
        Map<String, EntityAliases> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.entityId(), e));
        return new KnownEntities(AliasIndex.of(entities), byId);
    }

    public AliasIndex index() {
        return index;
    }

    public Optional<EntityAliases> entity(String entityId) {
        return Optional.ofNullable(byId.get(entityId));
    }

    public String side(String entityId) {
        return entity(entityId).map(EntityAliases::side).orElse("OTHER");
    }
}
