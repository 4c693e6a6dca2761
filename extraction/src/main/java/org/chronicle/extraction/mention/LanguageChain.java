package org.chronicle.extraction.mention;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * One language's analysis chain: a Lucene {@link Analyzer} (thread-safe through its reuse strategy; every call gets
 * its own per-thread TokenStream) and the stopwords it marks. The same chain analyses the aliases and the text.
 */
final class LanguageChain {

    static final String DEFAULT = "";

    /** Articles that elide before a vowel in Italian (ItalianAnalyzer's list plus a few). */
    private static final CharArraySet ITALIAN_ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d", "quest", "quell", "nessun", "ciascun", "tutt"), true));

    private static final CharArraySet ENGLISH_STOP = loadEnglishStop();

    private static final LanguageChain ITALIAN = new LanguageChain("it", ItalianAnalyzer.getDefaultStopSet(), false,
            new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream s = new ElisionOffsetFilter(source, ITALIAN_ARTICLES);
                    s = new LowerCaseFilter(s);
                    s = new StopMarkFilter(s, ItalianAnalyzer.getDefaultStopSet());
                    s = new ItalianLightStemFilter(s);
                    return new TokenStreamComponents(source, s);
                }
            });

    private static final LanguageChain ENGLISH = new LanguageChain("en", ENGLISH_STOP, false, new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopMarkFilter(s, ENGLISH_STOP);
            s = new EnglishMinimalStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    });

    private static final LanguageChain RUSSIAN = new LanguageChain("ru", RussianAnalyzer.getDefaultStopSet(), false,
            new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream s = new LowerCaseFilter(source);
                    s = new StopMarkFilter(s, RussianAnalyzer.getDefaultStopSet());
                    s = new RussianVariantsFilter(s);
                    return new TokenStreamComponents(source, s);
                }
            });

    private static final LanguageChain PLAIN = new LanguageChain(DEFAULT, CharArraySet.EMPTY_SET, false,
            new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    return new TokenStreamComponents(source, new LowerCaseFilter(source));
                }
            });

    final String language;
    final CharArraySet stopWords;
    final boolean korean;
    private final Analyzer analyzer;

    private LanguageChain(String language, CharArraySet stopWords, boolean korean, Analyzer analyzer) {
        this.language = language;
        this.stopWords = stopWords;
        this.korean = korean;
        this.analyzer = analyzer;
    }

    /** The shared chain for it, en, ru, or the plain Unicode one for any other code (not Korean: see korean()). */
    static LanguageChain shared(String language) {
        switch (language) {
            case "it":
                return ITALIAN;
            case "en":
                return ENGLISH;
            case "ru":
                return RUSSIAN;
            default:
                return PLAIN;
        }
    }

    /**
     * Nori: KoreanTokenizer (decompound mode DISCARD, punctuation dropped) with a user dictionary of the Korean
     * aliases, so that a name is segmented the same way alone and followed by a particle (without it "쇼이구" alone is
     * 쇼+이+구 but "쇼이구는" is 쇼이구+는); then KoreanReadingFormFilter (Hanja to Hangul), the default POS stop filter
     * (particles, endings, suffixes...), lower case for Latin words.
     */
    static LanguageChain korean(Collection<String> userWords) {
        UserDictionary dictionary = userDictionary(userWords);
        return new LanguageChain("ko", CharArraySet.EMPTY_SET, true, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                        KoreanTokenizer.DecompoundMode.DISCARD, false, true);
                TokenStream s = new KoreanReadingFormFilter(source);
                s = new KoreanPartOfSpeechStopFilter(s, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
                s = new LowerCaseFilter(s);
                return new TokenStreamComponents(source, s);
            }
        });
    }

    private static UserDictionary userDictionary(Collection<String> words) {
        TreeSet<String> entries = new TreeSet<>();
        for (String word : words) {
            if (word.length() >= 2 && word.chars().allMatch(LanguageChain::isHangulSyllable)) {
                entries.add(word);
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", entries)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static boolean isHangul(int c) {
        return isHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }

    Tokens analyse(String text) {
        return analyse(NormalizedText.of(text));
    }

    Tokens analyse(NormalizedText normalized) {
        String text = normalized.text;
        int capacity = Math.max(4, text.length() / 4);
        String[][] keys = new String[capacity][];
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        boolean[] stop = new boolean[capacity];
        POS.Tag[] pos = korean ? new POS.Tag[capacity] : null;
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
            PartOfSpeechAttribute partOfSpeech = korean ? ts.addAttribute(PartOfSpeechAttribute.class) : null;
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                String key = term.toString();
                if (increment.getPositionIncrement() == 0 && n > 0) {
                    String[] k = keys[n - 1];
                    if (!Arrays.asList(k).contains(key)) {
                        k = Arrays.copyOf(k, k.length + 1);
                        k[k.length - 1] = key;
                        keys[n - 1] = k;
                    }
                    continue;
                }
                if (n == keys.length) {
                    int c = n * 2;
                    keys = Arrays.copyOf(keys, c);
                    start = Arrays.copyOf(start, c);
                    end = Arrays.copyOf(end, c);
                    stop = Arrays.copyOf(stop, c);
                    if (pos != null) {
                        pos = Arrays.copyOf(pos, c);
                    }
                }
                keys[n] = new String[] {key};
                start[n] = offset.startOffset();
                end[n] = offset.endOffset();
                stop[n] = (flags.getFlags() & StopMarkFilter.STOP) != 0;
                if (pos != null) {
                    pos[n] = partOfSpeech.getLeftPOS();
                }
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(normalized, n, keys, start, end, stop, pos);
    }

    /** The primary form (first key) of each word of {@code text}: used to compare word lists with text words. */
    String[] primaryForms(String text) {
        Tokens t = analyse(text);
        String[] forms = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            forms[i] = t.keys[i][0];
        }
        return forms;
    }

    boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord.toLowerCase(Locale.ROOT));
    }

    private static CharArraySet loadEnglishStop() {
        // Snowball's English list (174 words) rather than EnglishAnalyzer's 33: "us", "who", "our"... are stopwords.
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
                StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
