package org.chronicle.extraction.date;

import java.util.regex.Matcher;

/** One rule's match in a sentence, before overlaps are settled and before it is resolved. */
final class Candidate {

    final DateRule rule;
    final int start;
    final int end;
    /** the matched text of each of {@link DateRule#GROUPS}, null where the rule has no such group or it is empty */
    private final String[] groups;

    private Candidate(DateRule rule, int start, int end, String[] groups) {
        this.rule = rule;
        this.start = start;
        this.end = end;
        this.groups = groups;
    }

    /** The current match of {@code m}, or null when English requires a capitalized month and it is not. */
    static Candidate of(DateRule rule, Matcher m, String sentence) {
        boolean[] has = rule.has();
        String[] groups = new String[DateRule.GROUPS.length];
        for (int g = 0; g < groups.length; g++) {
            if (has[g]) {
                groups[g] = m.group(DateRule.GROUPS[g]);
            }
        }
        if (rule.capitalizedMonth()
                && (lowerCaseAt(m, sentence, DateRule.MON, has) || lowerCaseAt(m, sentence, DateRule.MONB, has))) {
            return null;
        }
        return new Candidate(rule, m.start(), m.end(), groups);
    }

    private static boolean lowerCaseAt(Matcher m, String sentence, int group, boolean[] has) {
        if (!has[group]) {
            return false;
        }
        int at = m.start(DateRule.GROUPS[group]);
        // numeric months ("6/19/2024") have no case
        return at >= 0 && Character.isLetter(sentence.charAt(at)) && !Character.isUpperCase(sentence.charAt(at));
    }

    String group(int index) {
        return groups[index];
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
