package org.chronicle.extraction.date;

import java.util.Arrays;

/**
 * The verb forms that mark tense in one sentence, with their offsets, and the clause boundaries between them.
 * {@link #sentence()} is the tense of the sentence's main (reporting) verb; {@link #at(int, int)} the tense of
 * the clause a date expression sits in.
 */
final class TenseCues {

    static final TenseCues NONE = new TenseCues(0, new int[0], new int[0], new Tense[0], new boolean[0],
            new boolean[0], new boolean[0], new int[0], new int[0], false);

    private final int count;
    private final int[] starts;
    private final int[] ends;
    private final Tense[] tenses;
    /** a bare participle ("pubblicato giovedì"): a cue only for a date right after it */
    private final boolean[] weak;
    private final boolean[] reporting;
    private final boolean[] quoted;
    private final int[] boundaryStarts;
    private final int[] boundaryEnds;
    /** Korean: the verb comes after what it governs, and the last verb is the main one */
    private final boolean verbFinal;
    private final Tense sentence;

    private TenseCues(int count, int[] starts, int[] ends, Tense[] tenses, boolean[] weak, boolean[] reporting,
                      boolean[] quoted, int[] boundaryStarts, int[] boundaryEnds, boolean verbFinal) {
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.tenses = tenses;
        this.weak = weak;
        this.reporting = reporting;
        this.quoted = quoted;
        this.boundaryStarts = boundaryStarts;
        this.boundaryEnds = boundaryEnds;
        this.verbFinal = verbFinal;
        this.sentence = verbFinal ? lastVerb() : mainVerb();
    }

    /** The sentence's tense: its main reporting verb's where there is one, else its first (Korean: last) verb's. */
    Tense sentence() {
        return sentence;
    }

    /**
     * The tense of the clause holding [start, end): the nearest verb in that clause (Korean: the first verb after
     * it, since Korean verbs follow what they govern), a bare participle right before it, else the sentence's.
     */
    Tense at(int start, int end) {
        if (count == 0) {
            return Tense.UNKNOWN;
        }
        return verbFinal ? verbAfter(start, end) : nearestInClause(start, end);
    }

    /**
     * In Italian, English and Russian a time adverbial mostly follows the verb it belongs to ("ha riferito in
     * aprile", "met on Wednesday") or opens the sentence ("On Wednesday, Putin said"): so a participle right before
     * the date, else the nearest verb before it in its clause, else the nearest after it, else the sentence's.
     */
    private Tense nearestInClause(int start, int end) {
        int clauseStart = 0;
        int clauseEnd = Integer.MAX_VALUE;
        for (int b = 0; b < boundaryStarts.length; b++) {
            if (boundaryEnds[b] <= start) {
                clauseStart = boundaryEnds[b];
            } else if (boundaryStarts[b] >= end) {
                clauseEnd = boundaryStarts[b];
                break;
            }
        }
        int before = -1;
        int after = -1;
        for (int i = 0; i < count; i++) {
            if (weak[i]) {
                if (ends[i] <= start && start - ends[i] <= 1) {
                    return tenses[i];
                }
                continue;
            }
            if (starts[i] < clauseStart || ends[i] > clauseEnd) {
                continue;
            }
            if (ends[i] <= start) {
                before = i;
            } else if (after < 0 && starts[i] >= end) {
                after = i;
            }
        }
        if (before >= 0) {
            return tenses[before];
        }
        return after >= 0 ? tenses[after] : sentence;
    }

    private Tense verbAfter(int start, int end) {
        Tense before = null;
        for (int i = 0; i < count; i++) {
            if (weak[i]) {
                continue;
            }
            if (starts[i] >= end) {
                return tenses[i];
            }
            if (ends[i] <= start) {
                before = tenses[i];
            }
        }
        return before != null ? before : sentence;
    }

    private Tense mainVerb() {
        int firstUnquoted = -1;
        int first = -1;
        for (int i = 0; i < count; i++) {
            if (weak[i]) {
                continue;
            }
            if (reporting[i] && !quoted[i]) {
                return tenses[i];
            }
            if (first < 0) {
                first = i;
            }
            if (firstUnquoted < 0 && !quoted[i]) {
                firstUnquoted = i;
            }
        }
        int pick = firstUnquoted >= 0 ? firstUnquoted : first;
        return pick >= 0 ? tenses[pick] : Tense.UNKNOWN;
    }

    private Tense lastVerb() {
        int last = -1;
        int lastUnquoted = -1;
        for (int i = 0; i < count; i++) {
            if (weak[i]) {
                continue;
            }
            last = i;
            if (!quoted[i]) {
                lastUnquoted = i;
            }
        }
        int pick = lastUnquoted >= 0 ? lastUnquoted : last;
        return pick >= 0 ? tenses[pick] : Tense.UNKNOWN;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("TenseCues[sentence=").append(sentence);
        for (int i = 0; i < count; i++) {
            out.append(", ").append(tenses[i]).append(weak[i] ? "(weak)" : "").append(reporting[i] ? "(reporting)" : "")
                    .append('@').append(starts[i]).append('-').append(ends[i]);
        }
        return out.append(", boundaries=").append(Arrays.toString(boundaryStarts)).append(']').toString();
    }

    /** Collects cues in text order. */
    static final class Builder {
        private final String sentence;
        private final boolean verbFinal;
        private int count;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private Tense[] tenses = new Tense[8];
        private boolean[] weak = new boolean[8];
        private boolean[] reporting = new boolean[8];
        private int boundaries;
        private int[] boundaryStarts = new int[4];
        private int[] boundaryEnds = new int[4];

        Builder(String sentence, boolean verbFinal) {
            this.sentence = sentence;
            this.verbFinal = verbFinal;
        }

        void cue(int start, int end, Tense tense, boolean isWeak, boolean isReporting) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                tenses = Arrays.copyOf(tenses, count * 2);
                weak = Arrays.copyOf(weak, count * 2);
                reporting = Arrays.copyOf(reporting, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            tenses[count] = tense;
            weak[count] = isWeak;
            reporting[count] = isReporting;
            count++;
        }

        void boundary(int start, int end) {
            if (boundaries == boundaryStarts.length) {
                boundaryStarts = Arrays.copyOf(boundaryStarts, boundaries * 2);
                boundaryEnds = Arrays.copyOf(boundaryEnds, boundaries * 2);
            }
            boundaryStarts[boundaries] = start;
            boundaryEnds[boundaries] = end;
            boundaries++;
        }

        TenseCues build() {
            if (count == 0) {
                return NONE;
            }
            boolean[] quoted = new boolean[count];
            for (int i = 0; i < count; i++) {
                quoted[i] = insideQuotes(sentence, starts[i]);
            }
            return new TenseCues(count, starts, ends, tenses, weak, reporting, quoted,
                    Arrays.copyOf(boundaryStarts, boundaries), Arrays.copyOf(boundaryEnds, boundaries), verbFinal);
        }

        /** Whether an offset is inside quotation marks (“ ”, « », „ “, straight quotes toggling). */
        private static boolean insideQuotes(String text, int offset) {
            int depth = 0;
            boolean straight = false;
            for (int i = 0; i < offset; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '“', '«', '„' -> depth++;
                    case '”', '»' -> depth = Math.max(0, depth - 1);
                    case '"' -> straight = !straight;
                    default -> {
                    }
                }
            }
            return depth > 0 || straight;
        }
    }
}
