package org.chronicle.timeline.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An entity as the timeline knows it ({@code GET /api/admin/projection/entities/{id}}).
 *
 * @param aliases    language code to the entity's aliases in that language
 * @param mergedInto the surviving entity when {@code status} is {@code MERGED}
 */
public record EntityView(String id, String type, String name, String side, Map<String, List<String>> aliases,
                         Map<String, String> externalIds, String status, String mergedInto, String retiredReason,
                         Instant registeredAt, Instant updatedAt, long lastSequence) {
}
