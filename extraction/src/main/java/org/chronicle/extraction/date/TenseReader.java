package org.chronicle.extraction.date;

/**
 * Reads the grammatical tense of a sentence from verb forms, per language. It decides which way relative dates
 * ("giovedì", "in aprile", "19일") resolve: a past statement never puts them after publication.
 *
 * <p>Cues (all matched on the lower-cased sentence):
 * <ul>
 *   <li>Italian — past: auxiliary + participle ({@code ha affermato}, {@code sono stati espulsi}), passato remoto
 *   ({@code firmò}, {@code furono}, {@code disse}), imperfetto ({@code -ava/-eva}, {@code era}); future:
 *   {@code -rà/-ranno}, {@code sarà}, {@code dovrebbe}, {@code sta per}, {@code è previsto}; present:
 *   {@code sta/stanno + gerundio}. A bare participle right before a date ({@code pubblicato giovedì},
 *   {@code Firmato nel giugno}) counts for that date only, since many {@code -ato} words are nouns.</li>
 *   <li>English — future: {@code will/shall/'ll}, {@code is going/expected/set/due/scheduled to}, {@code plans to},
 *   {@code to be held}, {@code scheduled for}; past: {@code -ed} verbs, irregular past forms ({@code said, met,
 *   held, took, began ...}), {@code was/were/had/did}, {@code has/have + participle}; present: {@code is/are +
 *   -ing} or {@code + participle}.</li>
 *   <li>Russian — past: {@code -л/-ла/-ло/-ли/-лся/-лась/-лось/-лись} after a vowel (minus nouns like
 *   {@code генерал, Сеул, цели}), {@code -шла/-шли} ({@code прошли}), {@code мог/могли, погиб, достиг ...};
 *   future: {@code будет/будут}, {@code состоится}, {@code планируется}, {@code намерен}, {@code предстоит},
 *   {@code ожидается} and common perfective forms that can only be future ({@code посетит, подпишут,
 *   проведёт, встретятся ...}).</li>
 *   <li>Korean — past: a syllable closed by ㅆ (었/았/였/했/혔/렸...: {@code 했다, 밝혔다, 열렸다}), past adnominal
 *   {@code -된/-린} ({@code 개최된, 열린}); future: {@code 예정}, {@code 겠}, adnominal {@code -할/-될/-릴}
 *   ({@code 방문할 것, 열릴 회담}); present: {@code -고 있다}.</li>
 * </ul>
 *
 * <p>The sentence's tense is that of its main reporting verb outside quotes ({@code ha affermato}, {@code said},
 * {@code заявил}), else of its first verb (Korean: its last, the main predicate). A date's tense is that of its
 * own clause (clauses split at {@code che/that/что} and other subordinators, at a comma before {@code e/and/и}
 * or {@code ma/but/но}, at quotes, {@code ;} and {@code :}): a bare participle right before the date, else the
 * nearest verb before it in the clause, else the nearest after it; in Korean, where the verb follows what it
 * governs, the first cue after the date. No cue in the clause: the sentence's tense.
 * No cue at all: {@link Tense#UNKNOWN}, which resolves like the past.
 */
public final class TenseReader {

    private TenseReader() {
    }

    /** The tense of a sentence's main verb; {@link Tense#UNKNOWN} without a cue or for another language. */
    public static Tense read(String sentence, String language) {
        if (sentence == null || sentence.isEmpty()) {
            return Tense.UNKNOWN;
        }
        return scan(sentence, DateResolver.lowerCase(sentence), DateResolver.languageOf(language)).sentence();
    }

    /** The tense of the clause holding {@code sentence[start, end)}, e.g. a date expression. */
    public static Tense readAt(String sentence, String language, int start, int end) {
        if (sentence == null || sentence.isEmpty()) {
            return Tense.UNKNOWN;
        }
        return scan(sentence, DateResolver.lowerCase(sentence), DateResolver.languageOf(language)).at(start, end);
    }

    private static final WordCues ITALIAN = new ItalianTenseCues();
    private static final WordCues ENGLISH = new EnglishTenseCues();
    private static final WordCues RUSSIAN = new RussianTenseCues();

    static TenseCues scan(String sentence, String lower, String language) {
        return switch (language) {
            case "it" -> ITALIAN.scan(sentence, lower);
            case "en" -> ENGLISH.scan(sentence, lower);
            case "ru" -> RUSSIAN.scan(sentence, lower);
            case "ko" -> KoreanTenseCues.scan(sentence, lower);
            default -> TenseCues.NONE;
        };
    }
}
