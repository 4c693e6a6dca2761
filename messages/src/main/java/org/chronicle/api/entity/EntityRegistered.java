package org.chronicle.api.entity;

import java.util.List;
import java.util.Map;

/**
 * @param aliases     ISO 639-1 language code to the names the entity goes by in that language
 * @param externalIds scheme (e.g. {@code wikidata}) to identifier (e.g. {@code Q7747})
 */
public record EntityRegistered(String entityId, EntityType type, String name, Side side,
                               Map<String, List<String>> aliases, Map<String, String> externalIds)
        implements EntityEvent {
}
