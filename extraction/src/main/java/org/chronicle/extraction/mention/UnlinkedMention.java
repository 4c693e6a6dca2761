package org.chronicle.extraction.mention;

/** A proper name in a text that matches no known entity: kept, not dropped, so an analyst can register it. */
public record UnlinkedMention(String surface, int start, int end) {
}
