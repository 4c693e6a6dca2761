package org.chronicle.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * What one article yields.
 *
 * @param language        the article's language, as given or identified ({@code und} if neither)
 * @param languageDetected whether it was identified from the text
 * @param anchor          the publication day relative dates were resolved against
 * @param sentences       how many sentences the body has
 */
public record Extraction(String articleId, String language, boolean languageDetected, LocalDate anchor,
                         int sentences, List<Statement> statements) {
}
