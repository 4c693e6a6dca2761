package org.chronicle.extraction.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article body into sentences with ICU's rule-based sentence boundaries for the article's language, so
 * "19.06.2024", "г.", "Mr." and Korean final punctuation are handled by the Unicode rules rather than a regex.
 * Line breaks end a sentence too: articles are submitted one paragraph per line, and a title-like line without a
 * full stop must not run into the next paragraph.
 */
public final class Sentences {

    /** Abbreviations news text uses that CLDR's lists lack: month names, and Russian "г." (year) and "гг.". */
    private static final List<String> EXTRA_ABBREVIATIONS = List.of(
            "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "gen.", "feb.", "apr.", "ago.", "set.", "ott.", "nov.", "dic.",
            "г.", "гг.", "янв.", "февр.", "авг.", "сент.", "окт.", "нояб.", "дек.", "т.е.", "т.д.", "им.");

    private Sentences() {
    }

    public static List<Sentence> split(String body, String language) {
        List<Sentence> sentences = new ArrayList<>();
        // ss=standard: CLDR's per-language abbreviation lists ("Mr.", "Oct.", "г.") suppress false boundaries
        ULocale locale = new ULocale((language == null ? "" : language) + "@ss=standard");
        int paragraphStart = 0;
        while (paragraphStart <= body.length()) {
            int newline = body.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? body.length() : newline;
            splitParagraph(body, paragraphStart, paragraphEnd, locale, sentences);
            if (newline < 0) {
                break;
            }
            paragraphStart = newline + 1;
        }
        return sentences;
    }

    private static void splitParagraph(String body, int from, int to, ULocale locale, List<Sentence> into) {
        if (from >= to) {
            return;
        }
        // BreakIterator instances are stateful, not thread-safe: one per call is cheap next to the analysis
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        EXTRA_ABBREVIATIONS.forEach(builder::suppressBreakAfter);
        BreakIterator iterator = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        String paragraph = body.substring(from, to);
        iterator.setText(paragraph);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int trimmedStart = start;
            int trimmedEnd = end;
            while (trimmedStart < trimmedEnd && Character.isWhitespace(paragraph.charAt(trimmedStart))) {
                trimmedStart++;
            }
            while (trimmedEnd > trimmedStart && Character.isWhitespace(paragraph.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            if (trimmedEnd > trimmedStart) {
                into.add(new Sentence(into.size(), from + trimmedStart, from + trimmedEnd,
                                      paragraph.substring(trimmedStart, trimmedEnd)));
            }
        }
    }
}
