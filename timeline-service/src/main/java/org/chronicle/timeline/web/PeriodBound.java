package org.chronicle.timeline.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.chronicle.timeline.query.InvalidParameter;

/** Reads {@code from}/{@code to}: a year, a month or a day, widened to the first or last day it covers. */
final class PeriodBound {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private PeriodBound() {
    }

    /** @return {@code null} when absent */
    static LocalDate start(String parameter, String text) {
        return parse(parameter, text, false);
    }

    /** @return {@code null} when absent */
    static LocalDate end(String parameter, String text) {
        return parse(parameter, text, true);
    }

    private static LocalDate parse(String parameter, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw invalid(parameter, text);
        }
        try {
            return switch (value.length()) {
                case 4 -> end ? Year.parse(value).atMonth(12).atEndOfMonth() : Year.parse(value).atDay(1);
                case 7 -> end ? YearMonth.parse(value).atEndOfMonth() : YearMonth.parse(value).atDay(1);
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeException e) {
            throw invalid(parameter, text);
        }
    }

    private static InvalidParameter invalid(String parameter, String text) {
        return new InvalidParameter(parameter, "'" + parameter + "' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '"
                + abbreviate(text) + "'.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
