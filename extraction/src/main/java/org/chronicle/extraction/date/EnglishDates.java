package org.chronicle.extraction.date;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static java.time.temporal.ChronoUnit.YEARS;

/**
 * English date expressions, month or day first, with and without commas and ordinals: "June 19th, 2024",
 * "the 19th of June", "October 8-13", "on Wednesday", "in early June", "last September". Month names must be
 * capitalized ("may" and "march" are verbs), and a month alone needs a preposition ("in June", "by May").
 */
final class EnglishDates {

    private EnglishDates() {
    }

    static final Lexicon LEXICON = new Lexicon("en", false)
            .month(1, "january", "jan").month(2, "february", "feb").month(3, "march", "mar")
            .month(4, "april", "apr").month(5, "may").month(6, "june", "jun").month(7, "july", "jul")
            .month(8, "august", "aug").month(9, "september", "sept", "sep").month(10, "october", "oct")
            .month(11, "november", "nov").month(12, "december", "dec")
            .weekday(MONDAY, "monday").weekday(TUESDAY, "tuesday").weekday(WEDNESDAY, "wednesday")
            .weekday(THURSDAY, "thursday").weekday(FRIDAY, "friday").weekday(SATURDAY, "saturday")
            .weekday(SUNDAY, "sunday")
            .qualifier(Qualifier.LAST, "last", "this past")
            .qualifier(Qualifier.NEXT, "next", "this coming", "coming")
            .qualifier(Qualifier.THIS, "this")
            .qualifier(Qualifier.PREV_YEAR, "last year")
            .qualifier(Qualifier.THIS_YEAR, "this year")
            .qualifier(Qualifier.NEXT_YEAR, "next year")
            .relative("yesterday", DAYS, -1, "yesterday")
            .relative("today", DAYS, 0, "today")
            .relative("tomorrow", DAYS, 1, "tomorrow")
            .relative("day-before-yesterday", DAYS, -2, "the day before yesterday")
            .relative("day-after-tomorrow", DAYS, 2, "the day after tomorrow")
            .relative("last-year", YEARS, -1, "last year")
            .relative("this-year", YEARS, 0, "this year", "earlier this year", "later this year")
            .relative("next-year", YEARS, 1, "next year")
            .relative("last-month", MONTHS, -1, "last month")
            .relative("this-month", MONTHS, 0, "this month", "earlier this month", "later this month")
            .relative("next-month", MONTHS, 1, "next month")
            .relative("last-week", WEEKS, -1, "last week")
            .relative("this-week", WEEKS, 0, "this week", "earlier this week", "later this week")
            .relative("next-week", WEEKS, 1, "next week")
            .anaphoric("following-day", 1, "the following day", "the next day", "the day after", "a day later",
                    "one day later")
            .anaphoric("previous-day", -1, "the day before", "the previous day", "a day earlier", "one day earlier")
            .anaphoric("same-day", 0, "the same day", "that same day")
            .number(1, "a", "an", "one").number(2, "two").number(3, "three").number(4, "four").number(5, "five")
            .number(6, "six").number(7, "seven").number(8, "eight").number(9, "nine").number(10, "ten")
            .ago("ago")
            .unit(DAYS, "day", "days").unit(WEEKS, "week", "weeks").unit(MONTHS, "month", "months")
            .unit(YEARS, "year", "years");

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** the dot of "Sept." but not a sentence's full stop after "October" */
    private static final String ABBREVIATION_DOT = "(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.)?";
    private static final String MON = "{MON}" + ABBREVIATION_DOT;
    private static final String MONB = "{MONB}" + ABBREVIATION_DOT;
    private static final String ON = "(?:on{S})?";
    private static final String WEEKDAY_BEFORE = "(?:{WDX},?{S})?";
    private static final String LEAD = "(?:in|by|since|until|till|through|throughout|during|from|before|after|around|"
            + "for|to|of|between){S}";
    /** "early", "mid-", "the end of": still month precision */
    private static final String PART = "(?:(?:the{S})?(?:early|mid|late|end{S}of|beginning{S}of|start{S}of|"
            + "middle{S}of|first{S}half{S}of|second{S}half{S}of|first{S}week{S}of|last{S}week{S}of|month{S}of)"
            + "(?:{S}|{DASH}))";
    private static final String YEAR_QUALIFIER = "(?:(?:{S}of)?,?{S}{QB:PREV_YEAR,THIS_YEAR,NEXT_YEAR})";
    private static final String RANGE_YEAR = "(?:,?{S}{Y})?";
    private static final String YEAR_LEAD = "(?:in|since|by|until|till|through|throughout|during|from|before|after|"
            + "around|the{S}year){S}";
    private static final String YEAR_PART = "(?:(?:early|mid|late)(?:{S}|{DASH})|(?:the{S})?(?:end|beginning|start|"
            + "middle|first{S}half|second{S}half){S}of{S})";

    static final DateGrammar GRAMMAR = NumericDates.addTo(DateGrammar.builder("en", LEXICON).capitalizedMonths()
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:from{S})?(?:the{S})?{D}" + ORDINAL
                    + "(?:{S}(?:of{S})?" + MON + ")?(?:{S0}{DASH}{S0}|{S}(?:to|through|until|till){S})(?:the{S})?"
                    + "{DB}" + ORDINAL + "{S}(?:of{S})?" + MONB + RANGE_YEAR + "{B1}")
            .rule("day-range", Shape.DAY_RANGE, "{B0}between{S}(?:the{S})?{D}" + ORDINAL + "(?:{S}(?:of{S})?" + MON
                    + ")?{S}and{S}(?:the{S})?{DB}" + ORDINAL + "{S}(?:of{S})?" + MONB + RANGE_YEAR + "{B1}")
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:from{S})?" + MON + "{S}{D}" + ORDINAL
                    + "(?:{S0}{DASH}{S0}|{S}(?:to|through|until|till){S})(?:" + MONB + "{S})?{DB}" + ORDINAL
                    + RANGE_YEAR + "{B1}")
            // "and" makes a range only after "between": "on June 3 and 5 July" are two dates
            .rule("day-range", Shape.DAY_RANGE, "{B0}between{S}" + MON + "{S}{D}" + ORDINAL + "{S}and{S}(?:" + MONB
                    + "{S})?{DB}" + ORDINAL + RANGE_YEAR + "{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}between{S}{Y}{S}and{S}{YB}{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}from{S}{Y}{S}(?:to|through|until|till){S}{YB}{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}(?:(?:in|during|for|of|since|by){S})?{Y}{S0}{DASH}{S0}{YB}{B1}")
            .rule("month-day-year", Shape.DAY_MONTH_YEAR, "{B0}" + ON + WEEKDAY_BEFORE + MON + "{S}(?:the{S})?{D}"
                    + ORDINAL + ",?{S}{Y}{B1}")
            .rule("day-month-year", Shape.DAY_MONTH_YEAR, "{B0}" + ON + WEEKDAY_BEFORE + "(?:the{S})?{D}" + ORDINAL
                    + "{S}(?:of{S})?" + MON + ",?{S}{Y}{B1}")
            .rule("month-day", Shape.DAY_MONTH, "{B0}" + ON + WEEKDAY_BEFORE + MON + "{S}(?:the{S})?{D}" + ORDINAL
                    + YEAR_QUALIFIER + "?{B1}")
            .rule("day-month", Shape.DAY_MONTH, "{B0}" + ON + WEEKDAY_BEFORE + "(?:the{S})?{D}" + ORDINAL
                    + "{S}(?:of{S})?" + MON + YEAR_QUALIFIER + "?{B1}")
            .rule("month-year", Shape.MONTH_YEAR, "{B0}(?:" + LEAD + ")?" + PART + "?" + MON + ",?{S}(?:of{S})?{Y}"
                    + "{B1}")
            .rule("month", Shape.MONTH, "{B0}(?:" + LEAD + PART + "?|" + PART + ")" + MON + YEAR_QUALIFIER + "?{B1}")
            .rule("month", Shape.MONTH, "{B0}(?:" + LEAD + ")?{Q:LAST,NEXT,THIS}{S}" + MON + "{B1}")
            .rule("month", Shape.MONTH, "{B0}" + MON + YEAR_QUALIFIER + "{B1}")
            // a year alone needs a preposition or a part: "in 2024", "by mid-2027"; "2000 soldiers" is a number
            .rule("year", Shape.YEAR, "{B0}(?:" + YEAR_LEAD + "(?:" + YEAR_PART + ")?|" + YEAR_PART + "){Y}{B1}"
                    + "(?!{S0}(?:%|percent|per{S}cent))")
            .rule("weekday", Shape.WEEKDAY, "{B0}" + ON + "(?:{Q:LAST,NEXT,THIS}{S})?{WD}{B1}")
            .rule("relative", Shape.RELATIVE, "{B0}{REL}{B1}")
            .rule("ago", Shape.AGO, "{B0}{N}{S}{UNIT}{S}{AGO}{B1}")
            .rule("anaphoric", Shape.ANAPHORIC, "{B0}(?:on{S})?{ANA}{B1}"), true).build();
}
