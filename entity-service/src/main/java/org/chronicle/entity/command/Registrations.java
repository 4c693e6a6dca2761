package org.chronicle.entity.command;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.RegisterEntity;

/** Turns a registration request into a normalised {@link RegisterEntity} carrying its deterministic id. */
public final class Registrations {

    private Registrations() {
    }

    public static RegisterEntity prepare(EntityType type, String name, Side side, Map<String, List<String>> aliases,
                                         Map<String, String> externalIds) {
        if (type == null) {
            throw new InvalidEntityException("type", "'type' is required (one of " + List.of(EntityType.values()) + ").");
        }
        String normalisedName = EntityInput.text("name", name);
        Map<String, String> normalisedIds = EntityInput.externalIds(externalIds);
        return new RegisterEntity(entityId(type, normalisedName, normalisedIds), type, normalisedName,
                                  side == null ? Side.OTHER : side, EntityInput.aliases(aliases), normalisedIds);
    }

    /**
     * The same entity always gets the same id, so registering it again (seeds loaded twice, a retried POST) meets
     * the existing aggregate instead of creating a twin. A Wikidata item identifies it best; failing that, its
     * type and name.
     */
    public static String entityId(EntityType type, String normalisedName, Map<String, String> normalisedExternalIds) {
        String qid = normalisedExternalIds.get("wikidata");
        String seed = qid != null
                ? "entity:wikidata:" + qid
                : "entity:" + type + ":" + normalisedName.toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(seed.getBytes(UTF_8)).toString();
    }
}
