package org.chronicle.extraction.mention;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian proper names need more than one stemmer. Snowball alone (what RussianAnalyzer uses) is inconsistent on
 * names: {@code Пхеньян → пхенья} but {@code Пхеньяне → пхеньян}; {@code Корея → коре} but {@code Кореи → кор};
 * {@code Лавров → лавр} but {@code Лаврова → лавров}; {@code Китай → кита} but {@code Китая → кит}.
 *
 * <p>So every word is emitted, at the same position (position increment 0, as synonyms are), as: its Snowball stem
 * first, then Lucene's RussianLightStemmer stem, the lower-cased word itself, and each stem with trailing vowels,
 * {@code й} and {@code ь} trimmed (never below three letters). Two words match when their sets share one form.
 * Input must already be lower-cased.
 */
final class RussianVariantsFilter extends TokenFilter {

    private static final String TRIMMABLE = "аеиоуыэюяйь";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final RussianStemmer snowball = new RussianStemmer();
    private final RussianLightStemmer light = new RussianLightStemmer();
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private State state;

    RussianVariantsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            positionIncrement.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        Set<String> variants = new LinkedHashSet<>(8);
        snowball.setCurrent(word);
        snowball.stem();
        String snow = snowball.getCurrent();
        char[] buffer = word.toCharArray();
        String lightStem = new String(buffer, 0, light.stem(buffer, buffer.length));
        variants.add(snow);
        variants.add(lightStem);
        variants.add(word);
        variants.add(trim(snow));
        variants.add(trim(lightStem));
        var it = variants.iterator();
        term.setEmpty().append(it.next());
        while (it.hasNext()) {
            pending.add(it.next());
        }
        state = pending.isEmpty() ? null : captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }

    static String trim(String stem) {
        int end = stem.length();
        while (end > 3 && TRIMMABLE.indexOf(stem.charAt(end - 1)) >= 0) {
            end--;
        }
        return stem.substring(0, end);
    }
}
