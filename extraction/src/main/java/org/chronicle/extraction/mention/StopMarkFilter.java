package org.chronicle.extraction.mention;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Marks stopwords with a flag instead of removing them (Lucene's StopFilter would leave a position gap): an alias
 * like "regione di Kursk" must match the same words in the same order, and an alias made only of stopwords must
 * never match on its own.
 */
final class StopMarkFilter extends TokenFilter {

    static final int STOP = 1;

    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

    StopMarkFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (stopWords.contains(term.buffer(), 0, term.length())) {
            flags.setFlags(flags.getFlags() | STOP);
        }
        return true;
    }
}
