package org.chronicle.api.article;

/**
 * The analyst-supplied content of one version of an article.
 *
 * @param publishedAt ISO 8601 as submitted and normalised: an offset date-time
 *                    ({@code 2026-01-01T12:00:00Z}) or a plain date ({@code 2026-01-01}); kept as text so the
 *                    publisher's offset, which decides the local publication day, survives serialisation
 * @param language    ISO 639-1 code, or {@code null} when the submitter left it to detection
 */
public record ArticleContent(String title, String body, String language, String source, String url,
                             String publishedAt) {
}
