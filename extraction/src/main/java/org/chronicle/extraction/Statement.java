package org.chronicle.extraction;

import java.util.List;
import org.chronicle.extraction.date.ResolvedDate;
import org.chronicle.extraction.mention.Mention;
import org.chronicle.extraction.mention.UnlinkedMention;

/**
 * A dated statement of the relationship found in one sentence: the candidate for a timeline entry.
 *
 * @param quote      the sentence exactly as in the article
 * @param date       the sentence's most precise date expression, with its evidence
 * @param entityIds  the entities involved: those named in the sentence, then those the article's context adds
 * @param mentions   where the sentence names them
 * @param fromContext the entity ids added from the article's context rather than named in the sentence
 * @param unlinked   proper names in the sentence that match no entity
 */
public record Statement(int sentenceIndex, String quote, ResolvedDate date, List<String> entityIds,
                        List<Mention> mentions, List<String> fromContext, List<UnlinkedMention> unlinked,
                        Category category, String title) {
}
