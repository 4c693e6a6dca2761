package org.chronicle.extraction.date;

import java.util.Set;

/**
 * Tense cues of a language whose verb comes before its time adverbials (Italian, English, Russian), read word by
 * word: each language says which words (and word pairs like "ha affermato", "will be") mark past, present or
 * future, and which words open a subordinate clause.
 */
abstract class WordCues {

    /** Marks a cue from word {@code first} to word {@code last}; returns how many words it used. */
    static int emit(Words w, int first, int last, Tense tense, boolean weak, boolean reporting,
                    TenseCues.Builder out) {
        out.cue(w.start(first), w.end(last), tense, weak, reporting);
        return last - first + 1;
    }

    /** Reads a cue starting at word {@code i}; returns the number of words it used, 0 if none starts there. */
    abstract int cue(Words w, int i, TenseCues.Builder out);

    /** Words that open a subordinate clause: "che", "that", "что". */
    abstract boolean subordinator(String word);

    /** Conjunctions that, after a comma, start a new clause: ", e", ", and", ", а". */
    abstract Set<String> conjunctions();

    final TenseCues scan(String sentence, String lower) {
        Words w = new Words(lower);
        TenseCues.Builder out = new TenseCues.Builder(sentence, false);
        for (int i = 0; i <= w.count(); ) {
            boundariesBefore(lower, w, i, out);
            if (i == w.count()) {
                break;
            }
            if (subordinator(w.get(i))) {
                out.boundary(w.start(i), w.end(i));
            }
            int used = cue(w, i, out);
            i += Math.max(1, used);
        }
        return out.build();
    }

    /** Quotes, ";" and ":" between words, and a comma before a clause-opening conjunction. */
    private void boundariesBefore(String lower, Words w, int i, TenseCues.Builder out) {
        int end = w.gapEnd(i);
        for (int k = w.gapStart(i); k < end; k++) {
            char c = lower.charAt(k);
            if (c == ';' || c == ':' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '"'
                    || (c == ',' && conjunctions().contains(w.get(i)))) {
                out.boundary(k, k + 1);
            }
        }
    }

    static boolean endsWithAny(String word, int minLength, String... suffixes) {
        if (word.length() < minLength) {
            return false;
        }
        for (String suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String... words) {
        return Set.copyOf(java.util.List.of(words));
    }
}
