package org.chronicle.extraction;

/**
 * What the extraction reads of an article.
 *
 * @param language    ISO 639-1, or {@code null} to identify it from the text
 * @param publishedAt ISO 8601 as the article service normalised it: an offset date-time or a date
 */
public record ArticleText(String articleId, String title, String body, String language, String publishedAt) {
}
