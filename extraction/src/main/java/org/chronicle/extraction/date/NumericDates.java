package org.chronicle.extraction.date;

/**
 * Numeric dates every language writes the same way: {@code 2024-06-19}, {@code 2024.06.19}, {@code 2024. 6. 19.}
 * (Korean), {@code 19.06.2024}, {@code 19/06/2024}. Rule ids start with {@code num.}. English slash dates are
 * read month first only when the numbers leave no doubt ({@code 6/19/2024}); {@code 6/7/2024} is left alone.
 */
final class NumericDates {

    /** The grammar for a language without rules of its own: only numeric dates. */
    static final DateGrammar GRAMMAR = addTo(DateGrammar.builder("num", new Lexicon("num", false)), false).build();

    private NumericDates() {
    }

    private static final String NOT_AFTER_NUMBER = "(?<![\\p{N}.,/-])";
    private static final String NOT_BEFORE_NUMBER = "(?![\\p{N}]|[-./]\\d)";

    static DateGrammar.Builder addTo(DateGrammar.Builder grammar, boolean english) {
        grammar.rule("num", "year-month-day", Shape.DAY_MONTH_YEAR, NOT_AFTER_NUMBER
                + "(?<yr>\\d{4})(?<sep>[-./])(?<mon>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + NOT_BEFORE_NUMBER);
        grammar.rule("num", "year-month-day", Shape.DAY_MONTH_YEAR, NOT_AFTER_NUMBER
                + "(?<yr>\\d{4})\\.{S}(?<mon>\\d{1,2})\\.{S0}(?<day>\\d{1,2})(?![\\p{N}])");
        grammar.rule("num", "day-month-year", Shape.DAY_MONTH_YEAR, NOT_AFTER_NUMBER
                + "(?<day>\\d{1,2})(?<sep>" + (english ? "[-.]" : "[-./]") + ")(?<mon>\\d{1,2})\\k<sep>(?<yr>\\d{4})"
                + NOT_BEFORE_NUMBER);
        if (english) {
            grammar.rule("num", "month-day-year", Shape.NUMERIC_SLASH, NOT_AFTER_NUMBER
                    + "(?<day>\\d{1,2})/(?<mon>\\d{1,2})/(?<yr>\\d{4})" + NOT_BEFORE_NUMBER);
        }
        return grammar;
    }
}
