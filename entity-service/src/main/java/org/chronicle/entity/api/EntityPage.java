package org.chronicle.entity.api;

import java.util.List;

/** One page of the entity directory; {@code nextCursor} is {@code null} on the last page. */
public record EntityPage(List<EntityView> entities, String nextCursor) {
}
