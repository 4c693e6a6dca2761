package org.chronicle.extraction.mention;

import org.apache.lucene.analysis.ko.POS;

/**
 * The analysed words of one normalised text: one entry per position, each with every form the chain emitted at
 * that position (usually one; several for Russian), offsets into the normalised text, and a stopword flag.
 */
final class Tokens {

    final NormalizedText normalized;
    final int size;
    final String[][] keys;
    final int[] start;
    final int[] end;
    final boolean[] stop;
    /** Nori's part of speech (Korean chain only), else null. */
    final POS.Tag[] pos;

    Tokens(NormalizedText normalized, int size, String[][] keys, int[] start, int[] end, boolean[] stop,
           POS.Tag[] pos) {
        this.normalized = normalized;
        this.size = size;
        this.keys = keys;
        this.start = start;
        this.end = end;
        this.stop = stop;
        this.pos = pos;
    }

    String text() {
        return normalized.text;
    }

    /** The token exactly as written in the normalised text. */
    String raw(int i) {
        return normalized.text.substring(start[i], end[i]);
    }
}
