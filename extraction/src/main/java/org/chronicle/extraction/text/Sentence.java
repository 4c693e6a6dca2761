package org.chronicle.extraction.text;

/**
 * One sentence of an article body.
 *
 * @param index position among the article's sentences (0-based)
 * @param start offset of the sentence in the body (inclusive)
 * @param end   offset after it (exclusive)
 * @param text  the sentence as it appears, trailing whitespace removed
 */
public record Sentence(int index, int start, int end, String text) {
}
