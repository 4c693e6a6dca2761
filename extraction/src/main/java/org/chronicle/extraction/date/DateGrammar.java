package org.chronicle.extraction.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date rules of one language, in priority order, compiled once. Rules are written as templates whose
 * placeholders ({MON}, {D}, {Q:LAST,NEXT} ...) expand to the language's {@link Lexicon} alternations and to
 * fragments every language shares, so each rule reads like the phrase it matches.
 */
record DateGrammar(String language, List<DateRule> rules) {

    /** Any run of spaces, including no-break and thin spaces that typesetting puts in dates ("19 июня 2024 г."). */
    static final String S = "[\\s\\u00a0\\u2009\\u202f]+";
    static final String S0 = "[\\s\\u00a0\\u2009\\u202f]*";
    static final String APOSTROPHE = "['’ʼ`´]";
    static final String DASH = "[-‐‑‒–—]";
    /** Word edges that also hold for Cyrillic and accented letters (\b does not without UNICODE_CHARACTER_CLASS). */
    static final String B0 = "(?<![\\p{L}\\p{N}])";
    static final String B1 = "(?![\\p{L}\\p{N}])";

    /** {NAME} or {NAME:ARG}, but not the \\p{L} of a character class */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9]*)(?::([A-Z_,]+))?}");

    static Builder builder(String language, Lexicon lexicon) {
        return new Builder(language, lexicon);
    }

    static final class Builder {
        private final String language;
        private final Lexicon lexicon;
        private final List<DateRule> rules = new ArrayList<>();
        private boolean capitalizedMonths;

        private Builder(String language, Lexicon lexicon) {
            this.language = language;
            this.lexicon = lexicon;
        }

        /** English capitalizes month names; requiring it keeps "may" and "march" the verbs out. */
        Builder capitalizedMonths() {
            this.capitalizedMonths = true;
            return this;
        }

        Builder rule(String name, Shape shape, String template) {
            return rule(language, name, shape, template);
        }

        Builder rule(String prefix, String name, Shape shape, String template) {
            String regex = expand(template);
            boolean[] has = DateRule.groupsOf(regex);
            boolean capitalized = capitalizedMonths && (has[DateRule.MON] || has[DateRule.MONB]);
            rules.add(new DateRule(prefix, name, shape, Pattern.compile(regex), lexicon, gates(template), capitalized,
                    rules.size(), has));
            return this;
        }

        /**
         * What a sentence must contain for a template to match, read from its placeholders: every rule with a month
         * placeholder needs a month name (where {MON} is optional, {MONB} is not), {WD} a weekday, {REL} and {ANA}
         * a relative phrase, {AGO} the word for "ago"; digits, unless a number may be spelled out ({N}).
         */
        private static int gates(String template) {
            int gates = 0;
            if ((template.contains("{D}") || template.contains("{Y}") || template.contains("\\d"))
                    && !template.replace("\\p{N}", "").contains("{N}")) {
                gates |= 1 << DateRule.GATE_DIGIT;
            }
            if (template.contains("{MON}") || template.contains("{MONB}")) {
                gates |= 1 << DateRule.GATE_MONTH;
            }
            if (template.contains("{WD}")) {
                gates |= 1 << DateRule.GATE_WEEKDAY;
            }
            if (template.contains("{REL}")) {
                gates |= 1 << DateRule.GATE_RELATIVE;
            }
            if (template.contains("{ANA}")) {
                gates |= 1 << DateRule.GATE_ANAPHORA;
            }
            if (template.contains("{AGO}")) {
                gates |= 1 << DateRule.GATE_AGO;
            }
            return gates;
        }

        DateGrammar build() {
            lexicon.prepareGates();
            for (DateRule rule : rules) {
                rule.lexicon().prepareGates();
            }
            return new DateGrammar(language, List.copyOf(rules));
        }

        private String expand(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(fragment(m.group(1), m.group(2))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String fragment(String name, String argument) {
            return switch (name) {
                case "S" -> S;
                case "S0" -> S0;
                case "A" -> APOSTROPHE;
                case "DASH" -> DASH;
                case "B0" -> B0;
                case "B1" -> B1;
                case "D" -> day("day");
                case "DB" -> day("dayb");
                case "Y" -> "(?<![\\p{N}.,])(?<yr>\\d{4})(?![\\p{N}]|[.,]\\d)";
                case "YB" -> "(?<![\\p{N}.,])(?<yrb>\\d{4})(?![\\p{N}]|[.,]\\d)";
                case "MON" -> "(?<mon>" + lexicon.months() + ")";
                case "MONB" -> "(?<monb>" + lexicon.months() + ")";
                case "MONX" -> "(?:" + lexicon.months() + ")";
                case "WD" -> "(?<wd>" + lexicon.weekdays() + ")";
                case "WDX" -> "(?:" + lexicon.weekdays() + ")";
                case "REL" -> "(?<rel>" + lexicon.relatives() + ")";
                case "ANA" -> "(?<rel>" + lexicon.anaphora() + ")";
                case "N" -> "(?<n>(?<![\\p{N}.,])\\d{1,3}(?![\\p{N}])|" + lexicon.numbers() + ")";
                case "UNIT" -> "(?<unit>" + lexicon.units() + ")";
                case "AGO" -> "(?:" + lexicon.agoWords() + ")";
                case "Q" -> "(?<q>" + lexicon.qualifiers(qualifiers(argument)) + ")";
                case "QB" -> "(?<qb>" + lexicon.qualifiers(qualifiers(argument)) + ")";
                default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
            };
        }

        private static String day(String group) {
            // "1,000" and "19.06" are not days; validity (31 June) is checked when resolving
            return "(?<![\\p{N}.,])(?<" + group + ">\\d{1,2})(?![\\p{N}]|[.,]\\d)";
        }

        private static List<Qualifier> qualifiers(String argument) {
            return Arrays.stream(argument.split(",")).map(Qualifier::valueOf).toList();
        }
    }
}
