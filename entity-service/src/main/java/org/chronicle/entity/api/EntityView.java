package org.chronicle.entity.api;

import java.util.List;
import java.util.Map;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;

/**
 * An entity as the API shows it.
 *
 * @param aliases    language code to aliases, languages sorted, aliases in the order they were added
 * @param mergedInto the surviving entity when {@code status} is {@code MERGED}, else {@code null}
 * @param version    number of events in the entity's stream
 */
public record EntityView(String id, EntityType type, String name, Side side, Map<String, List<String>> aliases,
                         Map<String, String> externalIds, EntityStatus status, String mergedInto, long version) {
}
