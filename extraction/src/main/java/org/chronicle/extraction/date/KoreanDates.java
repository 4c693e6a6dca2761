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
 * Korean date expressions, with or without spaces ({@code 2024년6월19일}) and with the time particle
 * {@code 에/에는/에도} taken into the match as Italian takes "in": "2024년 6월 19일", "6월에", "19일에는",
 * "지난 9월", "지난해 6월", "10월 8일부터 13일까지", "수요일에", "어제". A day alone ("19일") is a day of the
 * publication month, or of the month next to it the tense points to. Counts of days ("3일간", "3일 동안") are
 * not dates.
 */
final class KoreanDates {

    private KoreanDates() {
    }

    static final Lexicon LEXICON = new Lexicon("ko", true)
            .weekday(MONDAY, "월요일").weekday(TUESDAY, "화요일").weekday(WEDNESDAY, "수요일")
            .weekday(THURSDAY, "목요일").weekday(FRIDAY, "금요일").weekday(SATURDAY, "토요일").weekday(SUNDAY, "일요일")
            .qualifier(Qualifier.LAST, "지난")
            .qualifier(Qualifier.NEXT, "오는")
            .qualifier(Qualifier.THIS, "이번")
            .qualifier(Qualifier.PREV_YEAR, "지난 해", "작년")
            .qualifier(Qualifier.THIS_YEAR, "올해", "금년")
            .qualifier(Qualifier.NEXT_YEAR, "내년")
            .qualifier(Qualifier.PREV_MONTH, "지난 달")
            .qualifier(Qualifier.THIS_MONTH, "이번 달", "이달")
            .qualifier(Qualifier.NEXT_MONTH, "다음 달", "내달")
            .qualifier(Qualifier.PREV_WEEK, "지난 주")
            .qualifier(Qualifier.THIS_WEEK, "이번 주", "금주")
            .qualifier(Qualifier.NEXT_WEEK, "다음 주", "차주")
            .relative("yesterday", DAYS, -1, "어제")
            .relative("today", DAYS, 0, "오늘")
            .relative("tomorrow", DAYS, 1, "내일")
            .relative("day-before-yesterday", DAYS, -2, "그제", "그저께", "엊그제")
            .relative("day-after-tomorrow", DAYS, 2, "모레")
            .relative("last-year", YEARS, -1, "지난 해", "작년")
            .relative("this-year", YEARS, 0, "올해", "금년")
            .relative("next-year", YEARS, 1, "내년")
            .relative("last-month", MONTHS, -1, "지난 달")
            .relative("this-month", MONTHS, 0, "이번 달", "이달")
            .relative("next-month", MONTHS, 1, "다음 달", "내달")
            .relative("last-week", WEEKS, -1, "지난 주")
            .relative("this-week", WEEKS, 0, "이번 주", "금주")
            .relative("next-week", WEEKS, 1, "다음 주", "차주")
            .anaphoric("following-day", 1, "다음 날", "이튿 날", "하루 뒤", "하루 후")
            .anaphoric("previous-day", -1, "전날")
            .anaphoric("same-day", 0, "이날", "같은 날", "당일")
            // native counts of days, used without a unit: "이틀 전"
            .number(1, "하루").number(2, "이틀").number(3, "사흘").number(4, "나흘")
            .ago("전")
            .unit(DAYS, "일").unit(WEEKS, "주", "주일").unit(MONTHS, "개월", "달").unit(YEARS, "년");

    private static final String YEAR = "(?<![\\p{N}])(?<yr>\\d{4}){S0}년";
    private static final String MONTH = "(?<![\\p{N}.])(?<mon>\\d{1,2}){S0}월";
    private static final String MONTHB = "(?<![\\p{N}.])(?<monb>\\d{1,2}){S0}월";
    /** "3일간", "3일 동안", "3일째", "3일 만에", "3일 후": a count of days, not a date */
    private static final String NOT_A_COUNT = "(?!{S0}(?:간|동안|째|만|이내|이상|가량|내내|후|뒤|전|치|분|여))";
    private static final String DAY = "(?<![\\p{N}])(?<day>\\d{1,2}){S0}일" + NOT_A_COUNT;
    /** "6월 19일(수)" */
    private static final String WEEKDAY_AFTER = "(?:{S0}[(（][월화수목금토일][)）])?";
    /** the time particle, the equivalent of "in"/"on" */
    private static final String PARTICLE = "(?:에는|에도|에)?";
    /** "4월 초", "4월 말", "4월 중순": still month precision */
    private static final String PART = "(?:{S0}(?:초|중순|하순|상순|말|께|쯤|경))?";
    private static final String NOT_INSIDE_WORD = "(?<![가-힣])";
    private static final String YEARS_AND_DIRECTIONS = "LAST,NEXT,THIS,PREV_YEAR,THIS_YEAR,NEXT_YEAR";

    static final DateGrammar GRAMMAR = NumericDates.addTo(DateGrammar.builder("ko", LEXICON)
            .rule("day-range", Shape.DAY_RANGE, "(?:" + YEAR + "{S0})?(?:" + MONTH + "{S0})?"
                    + "(?<![\\p{N}])(?<day>\\d{1,2}){S0}일?{S0}(?:~|～|{DASH}|부터|에서){S0}(?:" + MONTHB + "{S0})?"
                    + "(?<dayb>\\d{1,2}){S0}일" + NOT_A_COUNT + "(?:{S0}까지)?")
            .rule("year-range", Shape.YEAR_RANGE, "(?<![\\p{N}])(?<yr>\\d{4}){S0}년?{S0}(?:~|～|{DASH}|부터){S0}"
                    + "(?<yrb>\\d{4}){S0}년(?:{S0}까지)?" + PARTICLE)
            .rule("year-month-day", Shape.DAY_MONTH_YEAR, YEAR + "{S0}" + MONTH + "{S0}" + DAY + WEEKDAY_AFTER
                    + PARTICLE)
            .rule("month-day", Shape.DAY_MONTH, "(?:" + NOT_INSIDE_WORD + "{Q:" + YEARS_AND_DIRECTIONS + "}{S0})?"
                    + MONTH + "{S0}" + DAY + WEEKDAY_AFTER + PARTICLE)
            .rule("year-month", Shape.MONTH_YEAR, YEAR + "{S0}" + MONTH + PART + PARTICLE)
            .rule("month", Shape.MONTH, "(?:" + NOT_INSIDE_WORD + "{Q:" + YEARS_AND_DIRECTIONS + "}{S0})?" + MONTH
                    + PART + PARTICLE)
            .rule("year", Shape.YEAR, YEAR + "도?" + PART + PARTICLE)
            .rule("day-only", Shape.DAY_ONLY, "(?:" + NOT_INSIDE_WORD + "{Q:LAST,NEXT,PREV_MONTH,THIS_MONTH,NEXT_MONTH}"
                    + "{S0})?" + DAY + WEEKDAY_AFTER + PARTICLE)
            .rule("weekday", Shape.WEEKDAY, "(?:" + NOT_INSIDE_WORD + "{Q:LAST,NEXT,THIS,PREV_WEEK,THIS_WEEK,NEXT_WEEK}"
                    + "{S0})?{WD}" + PARTICLE)
            // "오늘날" is "nowadays", "그제야" is "only then"
            .rule("relative", Shape.RELATIVE, NOT_INSIDE_WORD + "{REL}(?!날|야|서야)" + PARTICLE)
            .rule("ago", Shape.AGO, "(?:" + NOT_INSIDE_WORD + "|(?<![\\p{N}])){N}{S0}(?:{UNIT}{S0})?{AGO}"
                    + "(?:에는|에도|에)?(?![가-힣])")
            .rule("anaphoric", Shape.ANAPHORIC, NOT_INSIDE_WORD + "{ANA}" + PARTICLE), false).build();
}
