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
 * Russian date expressions with months in every case they take in dates (nominative {@code июнь}, genitive
 * {@code 19 июня}, prepositional {@code в июне}, dative {@code к июню}) and years with {@code года/году/г.}:
 * "19 июня 2024 года", "в начале июня", "с 8 по 13 октября", "во вторник", "в сентябре прошлого года".
 */
final class RussianDates {

    private RussianDates() {
    }

    static final Lexicon LEXICON = new Lexicon("ru", false)
            .month(1, "январь", "января", "январе", "январю").month(2, "февраль", "февраля", "феврале", "февралю")
            .month(3, "март", "марта", "марте", "марту").month(4, "апрель", "апреля", "апреле", "апрелю")
            .month(5, "май", "мая", "мае", "маю").month(6, "июнь", "июня", "июне", "июню")
            .month(7, "июль", "июля", "июле", "июлю").month(8, "август", "августа", "августе", "августу")
            .month(9, "сентябрь", "сентября", "сентябре", "сентябрю")
            .month(10, "октябрь", "октября", "октябре", "октябрю")
            .month(11, "ноябрь", "ноября", "ноябре", "ноябрю").month(12, "декабрь", "декабря", "декабре", "декабрю")
            // accusative after "в" ("в среду"), nominative before a date ("среда, 19 июня")
            .weekday(MONDAY, "понедельник").weekday(TUESDAY, "вторник").weekday(WEDNESDAY, "среду", "среда")
            .weekday(THURSDAY, "четверг").weekday(FRIDAY, "пятницу", "пятница").weekday(SATURDAY, "субботу", "суббота")
            .weekday(SUNDAY, "воскресенье")
            .qualifier(Qualifier.LAST, "прошлый", "прошлую", "прошлое", "прошлом", "минувший", "минувшую", "минувшее",
                    "прошедший", "прошедшую", "прошедшее")
            .qualifier(Qualifier.NEXT, "следующий", "следующую", "следующее", "следующем", "ближайший", "ближайшую",
                    "ближайшее", "будущем")
            .qualifier(Qualifier.THIS, "этот", "эту", "это", "этом")
            .qualifier(Qualifier.PREV_YEAR, "прошлого года", "минувшего года", "прошедшего года")
            .qualifier(Qualifier.THIS_YEAR, "этого года", "текущего года", "нынешнего года", "сего года")
            .qualifier(Qualifier.NEXT_YEAR, "следующего года", "будущего года", "наступающего года")
            .relative("yesterday", DAYS, -1, "вчера")
            .relative("today", DAYS, 0, "сегодня")
            .relative("tomorrow", DAYS, 1, "завтра")
            .relative("day-before-yesterday", DAYS, -2, "позавчера")
            .relative("day-after-tomorrow", DAYS, 2, "послезавтра")
            .relative("last-year", YEARS, -1, "прошлом году", "прошлого года", "прошлый год", "минувшем году",
                    "минувшего года", "прошедшем году")
            .relative("this-year", YEARS, 0, "этом году", "этого года", "текущем году", "текущего года",
                    "нынешнем году", "нынешнего года", "этот год", "текущий год")
            .relative("next-year", YEARS, 1, "следующем году", "следующего года", "будущем году", "будущего года",
                    "следующий год", "будущий год")
            .relative("last-month", MONTHS, -1, "прошлом месяце", "прошлого месяца", "минувшем месяце")
            .relative("this-month", MONTHS, 0, "этом месяце", "этого месяца", "текущем месяце", "текущего месяца")
            .relative("next-month", MONTHS, 1, "следующем месяце", "следующего месяца", "будущем месяце")
            .relative("last-week", WEEKS, -1, "прошлой неделе", "прошлой недели", "минувшей неделе")
            .relative("this-week", WEEKS, 0, "этой неделе", "этой недели", "текущей неделе")
            .relative("next-week", WEEKS, 1, "следующей неделе", "следующей недели", "будущей неделе")
            .anaphoric("following-day", 1, "на следующий день", "на другой день", "днем позже", "днём позже")
            .anaphoric("previous-day", -1, "накануне", "днем ранее", "днём ранее", "за день до этого")
            .anaphoric("same-day", 0, "в тот же день", "в этот же день")
            .number(1, "один", "одна", "одну").number(2, "два", "две").number(3, "три").number(4, "четыре")
            .number(5, "пять").number(6, "шесть").number(7, "семь").number(8, "восемь").number(9, "девять")
            .number(10, "десять")
            .ago("назад")
            .unit(DAYS, "день", "дня", "дней").unit(WEEKS, "неделю", "недели", "недель")
            .unit(MONTHS, "месяц", "месяца", "месяцев").unit(YEARS, "год", "года", "лет");

    /** "19-го июня" */
    private static final String DAY = "{D}(?:-?го)?";
    private static final String DAYB = "{DB}(?:-?го)?";
    /** "года", "году", "г." after a year; optional after a full date */
    private static final String YEAR_WORD = "(?:{S0}(?:(?:года|году|годом|год)(?![\\p{L}])|гг?\\.|г(?![\\p{L}])))";
    /** "с 2014 по 2024 год", "в 2014-2024 годах", "2014-2024 гг." */
    private static final String YEARS_WORD = "(?:{S0}(?:(?:годы|годах|годов|года|год)(?![\\p{L}])|гг?\\.))?"
            + "(?![\\p{L}\\p{N}])";
    private static final String WEEKDAY_BEFORE = "(?:(?:(?:в|во){S})?{WDX},?{S})?";
    private static final String MONTH_LEAD = "(?:в|во|с|со|до|к|по|от|после|начиная{S}с|вплоть{S}до){S}";
    /** "в начале июня", "к концу июня": still month precision */
    private static final String MONTH_PART = "(?:начал[аеоу]|конц[аеу]|середин[аеыу]|(?:перв|втор)(?:ой|ую){S}"
            + "половин[аеыу]){S}";
    private static final String YEAR_QUALIFIERS = "PREV_YEAR,THIS_YEAR,NEXT_YEAR";
    private static final String YEAR_LEAD = "(?:в|во|с|со|до|к|по|от|после|начиная{S}с|в{S}течение|на{S}протяжении|"
            + "(?:в|к|с|до){S}(?:начал[уеа]|конц[уеа]|середин[еуы])){S}";

    static final DateGrammar GRAMMAR = NumericDates.addTo(DateGrammar.builder("ru", LEXICON)
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:(?:с|со){S})?" + DAY + "(?:{S}{MON})?"
                    + "(?:{S0}{DASH}{S0}|{S}(?:по|до){S})" + DAYB + "{S}{MONB}(?:{S}{Y}" + YEAR_WORD + "?)?(?![\\p{L}\\p{N}])")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}(?:с|со){S}{Y}{S}(?:по|до){S}{YB}" + YEARS_WORD)
            .rule("year-range", Shape.YEAR_RANGE, "{B0}(?:(?:в|во|на|за){S})?{Y}{S0}{DASH}{S0}{YB}" + YEARS_WORD)
            .rule("day-month-year", Shape.DAY_MONTH_YEAR, "{B0}" + WEEKDAY_BEFORE + DAY + "{S}{MON}{S}{Y}" + YEAR_WORD
                    + "?(?![\\p{L}\\p{N}])")
            .rule("day-month", Shape.DAY_MONTH, "{B0}" + WEEKDAY_BEFORE + DAY + "{S}{MON}(?:{S}{QB:" + YEAR_QUALIFIERS
                    + "})?{B1}")
            .rule("month-year", Shape.MONTH_YEAR, "{B0}(?:" + MONTH_LEAD + ")?(?:" + MONTH_PART + ")?{MON}{S}{Y}"
                    + YEAR_WORD + "?(?![\\p{L}\\p{N}])")
            // a bare month needs a preposition, a part or a qualifier: "в июне", "в начале июня", "июня прошлого года"
            .rule("month", Shape.MONTH, "{B0}(?:" + MONTH_LEAD + "(?:" + MONTH_PART + ")?|" + MONTH_PART + "){MON}"
                    + "(?:{S}{QB:" + YEAR_QUALIFIERS + "})?{B1}")
            .rule("month", Shape.MONTH, "{B0}(?:(?:в|во){S})?{Q:LAST,NEXT,THIS}{S}{MON}{B1}")
            .rule("month", Shape.MONTH, "{B0}{MON}{S}{QB:" + YEAR_QUALIFIERS + "}{B1}")
            .rule("year", Shape.YEAR, "{B0}(?:" + YEAR_LEAD + ")?{Y}(?:-?(?:м|го|й|е|ом))?" + YEAR_WORD)
            .rule("year", Shape.YEAR, "{B0}(?:в|во|с|со|до|к|по){S}{Y}-(?:м|го)(?![\\p{L}])")
            .rule("weekday", Shape.WEEKDAY, "{B0}(?:в|во){S}(?:{Q:LAST,NEXT,THIS}{S})?{WD}{B1}")
            .rule("relative", Shape.RELATIVE, "{B0}(?:(?:в|во|на|с|со|до|к|за|от){S})?{REL}{B1}")
            .rule("ago", Shape.AGO, "{B0}(?:{N}{S})?{UNIT}{S}{AGO}{B1}")
            .rule("anaphoric", Shape.ANAPHORIC, "{B0}{ANA}{B1}"), false).build();
}
