package org.chronicle.extraction.mention;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Italian elision ("dell'Ucraina", "l'esercito"): like Lucene's ElisionFilter it strips the elided article from the
 * term, and in addition moves the token's start offset past it, so that the surface of a mention is "Ucraina" and
 * not "dell'Ucraina". Apostrophes are already ASCII here ({@link NormalizedText}).
 */
final class ElisionOffsetFilter extends TokenFilter {

    private final CharArraySet articles;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    ElisionOffsetFilter(TokenStream in, CharArraySet articles) {
        super(in);
        this.articles = articles;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\'') {
                if (i > 0 && i + 1 < length && articles.contains(buffer, 0, i)) {
                    int cut = i + 1;
                    if (offset.endOffset() - offset.startOffset() == length) {
                        offset.setOffset(offset.startOffset() + cut, offset.endOffset());
                    }
                    term.copyBuffer(buffer, cut, length - cut);
                }
                break;
            }
        }
        return true;
    }
}
