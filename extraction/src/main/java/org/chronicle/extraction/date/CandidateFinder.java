package org.chronicle.extraction.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/** Runs the rules of a grammar over one lower-cased sentence and collects their matches. */
final class CandidateFinder {

    private CandidateFinder() {
    }

    /** How far before its key word a match may start ("entro la fine di" giugno, "on Wednesday," June). */
    private static final int MAX_PREFIX = 64;

    /**
     * Runs each rule only where it can match. A rule hinges on words (a month name, a weekday, a digit): if the
     * sentence has none, the rule is skipped; otherwise it is tried only at word starts up to {@link #MAX_PREFIX}
     * characters before each occurrence, which is what {@code find()} would find, for a fraction of the work.
     */
    static List<Candidate> find(DateGrammar grammar, String sentence, String lower) {
        // per gate, where its words occur; all rules of a grammar share its language's lexicon (numeric rules have
        // only the digit gate), so one array per gate serves them all
        int[][] anchors = new int[DateRule.GATES][];
        List<Candidate> found = new ArrayList<>();
        for (DateRule rule : grammar.rules()) {
            int[] around = null;
            for (int gate = 0, gates = rule.gates(); gates != 0; gate++, gates >>>= 1) {
                if ((gates & 1) == 0) {
                    continue;
                }
                if (anchors[gate] == null) {
                    anchors[gate] = gate == DateRule.GATE_DIGIT ? digitRuns(lower)
                            : rule.lexicon().positions(gate, lower);
                }
                int[] positions = anchors[gate];
                if (around == null || positions.length < around.length) {
                    around = positions;
                }
            }
            if (around == null) {
                scanAll(rule, sentence, lower, found);
            } else if (around.length > 0) {
                scanAround(rule, around, sentence, lower, found);
            }
        }
        return found;
    }

    private static void scanAll(DateRule rule, String sentence, String lower, List<Candidate> found) {
        Matcher m = rule.pattern().matcher(lower);
        while (m.find()) {
            add(Candidate.of(rule, m, sentence), found);
        }
    }

    private static void scanAround(DateRule rule, int[] around, String sentence, String lower,
                                   List<Candidate> found) {
        Matcher m = rule.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        int length = lower.length();
        int cursor = 0;
        for (int anchor : around) {
            if (anchor < cursor) {
                continue;
            }
            for (int start = Math.max(cursor, anchor - MAX_PREFIX); start <= anchor; start++) {
                if (!mayStartMatch(lower, start)) {
                    continue;
                }
                m.region(start, length);
                if (m.lookingAt()) {
                    add(Candidate.of(rule, m, sentence), found);
                    cursor = m.end();
                    start = cursor - 1;
                }
            }
            cursor = Math.max(cursor, anchor + 1);
        }
    }

    private static void add(Candidate candidate, List<Candidate> found) {
        if (candidate != null) {
            found.add(candidate);
        }
    }

    /** Rules start at a word, at a number (also "G20" has none there: their own edges reject it), or in Hangul. */
    private static boolean mayStartMatch(String text, int at) {
        char c = text.charAt(at);
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        if (at == 0 || c >= '\uAC00' && c <= '\uD7A3') {
            return true; // Korean glues particles and numbers to words: any syllable may start an expression
        }
        char before = text.charAt(at - 1);
        return !Character.isLetterOrDigit(before) || isAsciiDigit(c) != isAsciiDigit(before);
    }

    /** Where runs of ASCII digits start. */
    private static int[] digitRuns(String text) {
        int[] runs = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                if (runs == null) {
                    runs = new int[4];
                } else if (count == runs.length) {
                    runs = Arrays.copyOf(runs, count * 2);
                }
                runs[count++] = i;
            }
        }
        return runs == null ? Lexicon.NOWHERE : Arrays.copyOf(runs, count);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
