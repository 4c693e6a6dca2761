package org.chronicle.extraction.mention;

import com.ibm.icu.text.Normalizer2;

/**
 * A text in the form the analysers see (NFKC, one apostrophe, one hyphen, {@code ё} as {@code е}, soft hyphens and
 * zero-width characters removed), with a map from every offset in it back to an offset in the original text.
 *
 * <p>Most sentences are already NFKC and only need one-to-one character replacements; they share the original
 * offsets and no map is allocated.
 */
final class NormalizedText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final char REMOVE = '\uFFFF';

    final String text;
    /** For normalised char i: offset in the original of the start of the chunk it came from; null when identical. */
    private final int[] originalStart;
    /** For normalised char i: offset in the original just after the chunk it came from; null when identical. */
    private final int[] originalEnd;
    private final int originalLength;

    private NormalizedText(String text, int[] originalStart, int[] originalEnd, int originalLength) {
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.originalLength = originalLength;
    }

    /** Offset in the original text where the character at normalised offset {@code i} starts. */
    int originalStart(int i) {
        if (originalStart == null) {
            return i;
        }
        return i >= originalStart.length ? originalLength : originalStart[i];
    }

    /** Offset in the original text just after the character before normalised offset {@code i} (exclusive end). */
    int originalEnd(int i) {
        if (originalEnd == null) {
            return i;
        }
        return i <= 0 ? 0 : originalEnd[i - 1];
    }

    static NormalizedText of(String original) {
        char[] mapped = original.toCharArray();
        boolean removals = false;
        boolean changed = false;
        for (int i = 0; i < mapped.length; i++) {
            char m = map(mapped[i]);
            if (m != mapped[i]) {
                changed = true;
                removals |= m == REMOVE;
                mapped[i] = m;
            }
        }
        String premapped = changed ? new String(mapped) : original;
        if (!removals && NFKC.isNormalized(premapped)) {
            return new NormalizedText(premapped, null, null, original.length());
        }
        return slow(premapped);
    }

    /** Normalises chunk by chunk (a chunk ends where NFKC has a boundary), so every output char knows its source. */
    private static NormalizedText slow(String premapped) {
        int n = premapped.length();
        StringBuilder out = new StringBuilder(n + 8);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int count = 0;
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(premapped.codePointAt(i));
            while (j < n && !NFKC.hasBoundaryBefore(premapped.codePointAt(j))) {
                j += Character.charCount(premapped.codePointAt(j));
            }
            String chunk = premapped.substring(i, j);
            String normalized = NFKC.normalize(chunk); // a removed char (U+FFFF) survives NFKC and is skipped below
            for (int k = 0; k < normalized.length(); k++) {
                char m = map(normalized.charAt(k));
                if (m == REMOVE) {
                    continue;
                }
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                out.append(m);
                starts[count] = i;
                ends[count] = j;
                count++;
            }
            i = j;
        }
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(starts, count),
                java.util.Arrays.copyOf(ends, count), n);
    }

    /** One-to-one replacements applied before and after NFKC. */
    static char map(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u2032': case '\u00B4': case '`':
            case '\uFF07':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212': case '\uFE63': case '\uFF0D':
                return '-';
            case '\u0451':
                return '\u0435'; // ё → е
            case '\u0401':
                return '\u0415'; // Ё → Е
            case '\u00AD': case '\u200B': case '\u2060': case '\uFEFF':
                return REMOVE;
            default:
                return c;
        }
    }
}
