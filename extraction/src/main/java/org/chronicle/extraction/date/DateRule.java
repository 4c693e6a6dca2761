package org.chronicle.extraction.date;

import java.util.regex.Pattern;

/**
 * One pattern of one language. It runs on the lower-cased sentence (same length, same offsets) and names its
 * parts with the groups in {@link #GROUPS}; its {@link Shape} says how they resolve.
 *
 * @param language         rule id prefix: {@code it}, {@code en}, {@code ru}, {@code ko}, or {@code num} for
 *                         numeric forms shared by every language
 * @param name             rule id after the prefix ("day-month-year"); qualifiers add a suffix at resolution
 * @param gates            bits of {@code GATE_*}: what a sentence must contain for the pattern to possibly match
 *                         (a digit, a month name ...); found with substring searches, they also say where a
 *                         match can start (see {@link CandidateFinder})
 * @param capitalizedMonth English: a month name must be capitalized in the original ("may" is a verb)
 * @param order            position in its grammar: among equally long overlapping matches the earlier rule wins
 */
record DateRule(String language, String name, Shape shape, Pattern pattern, Lexicon lexicon, int gates,
                boolean capitalizedMonth, int order, boolean[] has) {

    static final int GATE_DIGIT = 0, GATE_MONTH = 1, GATE_WEEKDAY = 2, GATE_RELATIVE = 3, GATE_ANAPHORA = 4,
            GATE_AGO = 5, GATES = 6;

    /** The named groups a rule may use; {@link #has} says which this one does. */
    static final String[] GROUPS = {"day", "dayb", "mon", "monb", "yr", "yrb", "wd", "q", "qb", "rel", "n", "unit",
        "sep"};
    static final int DAY = 0, DAYB = 1, MON = 2, MONB = 3, YR = 4, YRB = 5, WD = 6, Q = 7, QB = 8, REL = 9, N = 10,
            UNIT = 11, SEP = 12;

    String id() {
        return language + "." + name;
    }

    static boolean[] groupsOf(String regex) {
        boolean[] has = new boolean[GROUPS.length];
        for (int i = 0; i < GROUPS.length; i++) {
            has[i] = regex.contains("(?<" + GROUPS[i] + ">");
        }
        return has;
    }

    @Override
    public String toString() {
        return id() + " " + pattern.pattern();
    }
}
