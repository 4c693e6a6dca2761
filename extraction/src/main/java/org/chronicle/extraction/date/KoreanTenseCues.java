package org.chronicle.extraction.date;

import java.util.Set;

/**
 * Korean tense cues. Korean marks tense inside the word: a syllable closed by ㅆ (었/았/였/했/혔/렸 ...: "했다",
 * "밝혔다", "열렸다") is past, except 있 ("be") and 겠, which is future; "예정", "겠" and the adnominal -할/-될/-릴
 * before a noun ("방문할 것", "열릴 회담") are future; the adnominal -된/-린 ("개최된", "열린") is past; "-고 있다" is
 * present progressive. The verb follows what it governs and the last verb is the main one.
 */
final class KoreanTenseCues {

    private KoreanTenseCues() {
    }

    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int FINAL_SS = 20; // ㅆ as a closing consonant: 었 았 였 했 혔 렸 ...
    private static final Set<String> FUTURE_ADNOMINAL_NOUNS = Set.of("역할", "분할");
    private static final Set<String> PAST_ADNOMINAL_NOUNS = Set.of("크렘린", "베를린", "어린", "크렘린궁");

    static TenseCues scan(String sentence, String lower) {
        TenseCues.Builder out = new TenseCues.Builder(sentence, true);
        int length = lower.length();
        int i = 0;
        int previousEnd = -1;
        int previousStart = -1;
        while (i < length) {
            while (i < length && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            int end = i;
            if (start == end) {
                break;
            }
            Tense tense = koreanWord(lower, start, end, i, previousStart, previousEnd);
            if (tense != null) {
                out.cue(start, end, tense, false, false);
            }
            previousStart = start;
            previousEnd = end;
        }
        return out.build();
    }

    private static Tense koreanWord(String text, int start, int end, int next, int previousStart, int previousEnd) {
        int lastHangul = end - 1;
        while (lastHangul >= start && !isHangul(text.charAt(lastHangul))) {
            lastHangul--;
        }
        if (lastHangul < start) {
            return null;
        }
        String word = text.substring(start, lastHangul + 1);
        if (word.contains("예정") || word.indexOf('겠') >= 0) {
            return Tense.FUTURE;
        }
        boolean past = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (isHangul(c) && (c - HANGUL_FIRST) % 28 == FINAL_SS && c != '있' && c != '겠') {
                past = true;
                break;
            }
        }
        if (past) {
            return Tense.PAST;
        }
        char last = word.charAt(word.length() - 1);
        if ((last == '할' || last == '될' || last == '릴') && !FUTURE_ADNOMINAL_NOUNS.contains(word)
                && !nextWordStartsWith(text, next, "수", "때", "경우", "만큼", "정도", "필요")) {
            return Tense.FUTURE;
        }
        if ((last == '된' || last == '린') && word.length() >= 2 && !PAST_ADNOMINAL_NOUNS.contains(word)) {
            return Tense.PAST;
        }
        if (word.charAt(0) == '있' && previousEnd > previousStart && text.charAt(previousEnd - 1) == '고') {
            return Tense.PRESENT;
        }
        return null;
    }

    private static boolean nextWordStartsWith(String text, int from, String... prefixes) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHangul(char c) {
        return c >= HANGUL_FIRST && c <= HANGUL_LAST;
    }
}
