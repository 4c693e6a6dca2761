package org.chronicle.extraction.date;

import java.util.Arrays;

/** The words of a lower-cased sentence: runs of letters and digits; apostrophes and hyphens split words. */
final class Words {

    private final String text;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] words = new String[32];

    Words(String lower) {
        this.text = lower;
        int i = 0;
        int length = lower.length();
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                add(start, i);
            }
        }
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            words = Arrays.copyOf(words, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        words[count] = text.substring(start, end);
        count++;
    }

    int count() {
        return count;
    }

    /** The i-th word, or "" outside the sentence, so look-aheads need no bounds checks. */
    String get(int i) {
        return i >= 0 && i < count ? words[i] : "";
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** "won't", "we'll", "e'": the word is glued to the next by an apostrophe. */
    boolean apostropheAfter(int i) {
        return i >= 0 && i < count && ends[i] < text.length() && Lexicon.isApostrophe(text.charAt(ends[i]));
    }

    boolean apostropheBefore(int i) {
        return i > 0 && i < count && starts[i] > 0 && Lexicon.isApostrophe(text.charAt(starts[i] - 1));
    }

    /** Where the text between word i-1 and word i starts (for i == count: the text after the last word). */
    int gapStart(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    int gapEnd(int i) {
        return i == count ? text.length() : starts[i];
    }
}
