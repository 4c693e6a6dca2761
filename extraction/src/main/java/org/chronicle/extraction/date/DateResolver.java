package org.chronicle.extraction.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the date expressions of one sentence and resolves them against the article's publication date.
 *
 * <p>Every rule of the sentence's language runs on a lower-cased copy (same length, so offsets hold); where
 * matches overlap the longest wins ("nel giugno del 2024", not also "2024"), then the rule listed first. Absolute
 * dates are taken as written, whatever the tense. Relative ones resolve against publication in the direction the
 * tense of their clause gives ({@link TenseReader}): past or unknown, the latest occurrence on or before
 * publication; future, the earliest on or after it; present, the nearest. Qualifiers ("scorso", "next",
 * "прошлого года", "지난") override the tense. Phrases like "il giorno dopo" resolve against the date resolved
 * just before them, in the sentence or, failing that, the one passed in.
 *
 * <p>Stateless and thread-safe; patterns are compiled once per language.
 */
public final class DateResolver {

    /** Dates in text order; see {@link #resolve(String, String, LocalDate, ResolvedDate)}. */
    public List<ResolvedDate> resolve(String sentence, String language, LocalDate publishedOn) {
        return resolve(sentence, language, publishedOn, null);
    }

    /**
     * @param sentence    one sentence
     * @param language    ISO 639-1 ({@code it}, {@code en}, {@code ru}, {@code ko}; {@code it-IT} is read as
     *                    {@code it}); any other language gets numeric dates only
     * @param publishedOn the article's publication date, local to its outlet
     * @param previous    the last date resolved in the article so far, for "the following day" and the like;
     *                    null if none (such phrases are then skipped)
     * @return the dates found, in text order, never null
     */
    public List<ResolvedDate> resolve(String sentence, String language, LocalDate publishedOn,
                                      ResolvedDate previous) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        String lang = languageOf(language);
        String lower = lowerCase(sentence);
        List<Candidate> found = CandidateFinder.find(grammarOf(lang), sentence, lower);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Candidate> kept = longestFirst(found);
        TenseCues cues = TenseReader.scan(sentence, lower, lang);
        List<ResolvedDate> dates = new ArrayList<>(kept.size());
        ResolvedDate before = previous;
        for (Candidate candidate : kept) {
            Tense tense = cues.at(candidate.start, candidate.end);
            ResolvedDate date = Resolution.resolve(candidate, sentence, publishedOn, tense, before);
            if (date != null) {
                dates.add(date);
                before = date;
            }
        }
        return dates;
    }

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(c -> c.rule.order()).thenComparingInt(c -> c.start);

    /**
     * Keeps the longest of overlapping matches. A kept match that then fails to resolve (31 June) still hides
     * the shorter ones inside it: "31 giugno 2024" yields nothing rather than a guessed "giugno 2024".
     */
    private static List<Candidate> longestFirst(List<Candidate> found) {
        if (found.size() == 1) {
            return found;
        }
        found.sort(LONGEST_FIRST);
        List<Candidate> kept = new ArrayList<>(found.size());
        next:
        for (Candidate candidate : found) {
            for (Candidate k : kept) {
                if (k.overlaps(candidate)) {
                    continue next;
                }
            }
            kept.add(candidate);
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    private static DateGrammar grammarOf(String language) {
        return switch (language) {
            case "it" -> ItalianDates.GRAMMAR;
            case "en" -> EnglishDates.GRAMMAR;
            case "ru" -> RussianDates.GRAMMAR;
            case "ko" -> KoreanDates.GRAMMAR;
            default -> NumericDates.GRAMMAR;
        };
    }

    // --- shared with TenseReader

    /** "it", "IT", "it-IT", "it_IT" → "it"; null → "". */
    static String languageOf(String language) {
        if (language == null) {
            return "";
        }
        String code = language.strip();
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (cut >= 0) {
            code = code.substring(0, cut);
        }
        return code.toLowerCase(Locale.ROOT);
    }

    /** Lower case char by char, so every offset in the copy is the same offset in the original. */
    static String lowerCase(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = lower;
            }
        }
        return out == null ? text : new String(out);
    }
}
