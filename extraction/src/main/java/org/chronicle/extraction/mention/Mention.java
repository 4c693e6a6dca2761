package org.chronicle.extraction.mention;

/**
 * An entity named in a text.
 *
 * @param surface      the words as they appear (inflected: "Путина", "평양에서")
 * @param start        offset of {@code surface} in the text (inclusive)
 * @param end          offset after it (exclusive)
 * @param matchedAlias the alias it matched ("Путин", "평양")
 */
public record Mention(String entityId, String surface, int start, int end, String matchedAlias) {
}
