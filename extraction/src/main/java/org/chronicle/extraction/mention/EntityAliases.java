package org.chronicle.extraction.mention;

import java.util.List;
import java.util.Map;

/**
 * What the extraction knows of one entity: its names in every language.
 *
 * @param side    RUSSIA, DPRK or OTHER
 * @param aliases ISO 639-1 language code to the names the entity goes by in that language
 */
public record EntityAliases(String entityId, String name, String type, String side, Map<String, List<String>> aliases) {
}
