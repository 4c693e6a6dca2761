package org.chronicle.extraction.date;

import java.time.LocalDate;

/**
 * A date expression found in a sentence, what it resolves to, and the evidence an analyst needs to audit it.
 *
 * @param text      the expression exactly as it appears in the sentence ("nel giugno del 2024", "19일")
 * @param start     offset of {@code text} in the sentence (UTF-16 chars, inclusive)
 * @param end       offset after {@code text} in the sentence (exclusive)
 * @param from      first day the expression covers (for DAY precision the day itself)
 * @param to        last day it covers (a month's last day, a year's 31 December, a range's last day)
 * @param precision DAY, MONTH or YEAR: for a range of days, DAY with {@code from} before {@code to}
 * @param rule      a stable id of the rule that matched, e.g. {@code it.month-year}, {@code ko.day-only}
 * @param anchor    the publication date relative expressions were resolved against ({@code null} for absolute ones)
 * @param tense     the tense the resolver read from the sentence, which chose past or future for relative forms
 */
public record ResolvedDate(String text, int start, int end, LocalDate from, LocalDate to, DatePrecision precision,
                           String rule, LocalDate anchor, Tense tense) {
}
