package org.chronicle.extraction.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * The rule for proper names that match no entity ({@link AliasIndex#unlinked}). Precision over recall: a name that
 * is missed costs an analyst nothing, a list full of "However" and "Capodanno" costs attention. Spans are
 * [start, end) offsets into the normalised text.
 */
final class UnlinkedNames {

    private static final String OPENERS = "\"«»“”„‚‹›()[]{}—―*•·";
    private static final String SENTENCE_END = ".!?…:;";

    private UnlinkedNames() {
    }

    /**
     * Cased scripts (it, en, ru and others): maximal sequences of capitalised words (name particles like "di",
     * "bin" allowed between two of them, hyphenated tails like "Jong-un" too), separated only by spaces. A
     * sequence is dropped when it touches a known mention, when it is one word at a sentence start, and words that
     * are stopwords, months, weekdays, holidays, titles or common sentence openers are never part of one. Texts
     * without lower case or in title case (headlines) give nothing. For a language without word lists
     * ({@code knownLanguage} false) only sequences of two or more words count.
     */
    static List<int[]> cased(Tokens t, boolean[] covered, LanguageChain chain, Set<String> notNames,
                             boolean knownLanguage) {
        List<int[]> spans = new ArrayList<>();
        if (t.size == 0 || !hasLowerCase(t.text()) || titleCase(t)) {
            return spans;
        }
        boolean english = "en".equals(chain.language);
        int n = t.size;
        int i = 0;
        while (i < n) {
            if (!nameWord(t, i, notNames)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int words = 1;
            while (!(english && possessive(t, last))) {
                int j = last + 1;
                if (j >= n) {
                    break;
                }
                String gap = t.text().substring(t.end[last], t.start[j]);
                if (gap.equals("-") && hyphenTail(t.raw(last), t.raw(j))) {
                    last = j; // "Jong-un", "Yo-jong", "Al-Nusra"; not "Lavrov-led"
                    continue;
                }
                if (!spaces(gap)) {
                    break;
                }
                if (nameWord(t, j, notNames)) {
                    last = j;
                    words++;
                    continue;
                }
                if (j + 1 < n && WordLists.NAME_PARTICLES.contains(t.raw(j))
                        && spaces(t.text().substring(t.end[j], t.start[j + 1])) && nameWord(t, j + 1, notNames)) {
                    last = j + 1;
                    words++;
                    continue;
                }
                break;
            }
            i = last + 1;
            if (touchesMention(t, covered, first, last)) {
                continue;
            }
            if (words < 2 && (!knownLanguage || sentenceStart(t, first))) {
                continue;
            }
            int end = t.end[last];
            if (english && possessive(t, last)) {
                end -= 2; // "Lavrov's" gives "Lavrov"
            }
            spans.add(new int[] {t.start[first], end});
        }
        return spans;
    }

    /** Korean: runs of Nori NNP (proper noun) words, joined when only a space separates them. */
    static List<int[]> korean(Tokens t, boolean[] covered) {
        List<int[]> spans = new ArrayList<>();
        int n = t.size;
        int i = 0;
        while (i < n) {
            if (t.pos[i] != POS.Tag.NNP || covered[i]) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < n && t.pos[last + 1] == POS.Tag.NNP && !covered[last + 1]
                    && adjacent(t.text().substring(t.end[last], t.start[last + 1]))) {
                last++;
            }
            i = last + 1;
            if (touchesMention(t, covered, first, last)) {
                continue;
            }
            if (letters(t.text().substring(t.start[first], t.end[last])) < 2) {
                continue;
            }
            spans.add(new int[] {t.start[first], t.end[last]});
        }
        return spans;
    }

    /** A capitalised word of two or more letters, no digits, that is not a stopword or a listed non-name. */
    private static boolean nameWord(Tokens t, int i, Set<String> notNames) {
        String raw = t.raw(i);
        int first = raw.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first))) {
            return false;
        }
        if (letters(raw) < 2 || raw.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (t.stop[i]) {
            return false;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return !notNames.contains(lower) && !notNames.contains(t.keys[i][0]);
    }

    /** The words just before and after the sequence, if only spaces separate them, are not known mentions. */
    private static boolean touchesMention(Tokens t, boolean[] covered, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (covered[k]) {
                return true;
            }
        }
        if (first > 0 && covered[first - 1] && adjacent(t.text().substring(t.end[first - 1], t.start[first]))) {
            return true;
        }
        return last + 1 < t.size && covered[last + 1]
                && adjacent(t.text().substring(t.end[last], t.start[last + 1]));
    }

    private static boolean possessive(Tokens t, int i) {
        String raw = t.raw(i);
        return raw.endsWith("'s") || raw.endsWith("'S");
    }

    /** Is word i the first of a sentence (text start, a line start, after . ! ? … : ; and opening quotes)? */
    static boolean sentenceStart(Tokens t, int i) {
        String s = t.text();
        int k = t.start[i] - 1;
        while (k >= 0) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || OPENERS.indexOf(c) >= 0 || c == '-') {
                k--;
                continue;
            }
            if (c == '\'') {
                int m = k - 1;
                while (m >= 0 && Character.isLetter(s.charAt(m))) {
                    m--; // an elided article: "L'Aia" starts where "L'" starts
                }
                k = m;
                continue;
            }
            if (SENTENCE_END.indexOf(c) >= 0) {
                if (c == '.') {
                    int m = k - 1;
                    while (m >= 0 && Character.isLetter(s.charAt(m))) {
                        m--;
                    }
                    String word = s.substring(m + 1, k);
                    if (WordLists.ABBREVIATED_TITLES.contains(word.toLowerCase(Locale.ROOT))
                            || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                        return false; // "Mr. Lavrov", "V. Putin"
                    }
                }
                return true;
            }
            return false;
        }
        return true;
    }

    /**
     * A headline in title case ("Putin Meets Kim In Pyongyang"): three or more words of three or more letters that
     * are not stopwords, none of them in lower case. Capitals then say nothing about names.
     */
    private static boolean titleCase(Tokens t) {
        int content = 0;
        for (int i = 0; i < t.size; i++) {
            String raw = t.raw(i);
            if (t.stop[i] || letters(raw) < 3) {
                continue;
            }
            if (Character.isLowerCase(raw.codePointAt(0))) {
                return false;
            }
            content++;
        }
        return content >= 3;
    }

    /** The tail of a hyphenated name: capitalised, or a short syllable after a short syllable (romanised Korean). */
    private static boolean hyphenTail(String before, String tail) {
        if (letters(tail) == 0 || tail.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return Character.isUpperCase(tail.codePointAt(0)) || (letters(before) <= 5 && letters(tail) <= 5);
    }

    private static boolean adjacent(String gap) {
        return gap.isEmpty() || spaces(gap);
    }

    private static boolean spaces(String gap) {
        if (gap.isEmpty()) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '\n' || c == '\r' || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String s) {
        int count = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasLowerCase(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
