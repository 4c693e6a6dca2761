package org.chronicle.extraction.date;

/** What a {@link DateRule} matches; it decides which named groups are read and how the match resolves. */
enum Shape {
    /** day, month and year: absolute. */
    DAY_MONTH_YEAR,
    /** day and month, year from the publication date, tense or a qualifier ("il 6 agosto", "6월 19일"). */
    DAY_MONTH,
    /** month and year: absolute. */
    MONTH_YEAR,
    /** month, year from the publication date, tense or a qualifier ("in aprile", "지난 9월"). */
    MONTH,
    /** year: absolute. */
    YEAR,
    /** a range of days in one or two months, with or without a year ("dall'8 al 13 ottobre"). */
    DAY_RANGE,
    /** a range of years: absolute ("dal 2014 al 2024", "2024-2025"). */
    YEAR_RANGE,
    /** a day of the month alone, month from the publication date (Korean "19일"). */
    DAY_ONLY,
    /** a day of the week ("giovedì", "во вторник"). */
    WEEKDAY,
    /** a fixed offset from the publication date in days, weeks, months or years ("ieri", "last year"). */
    RELATIVE,
    /** a counted offset back from the publication date ("tre giorni fa", "2 years ago"). */
    AGO,
    /** an offset from the date resolved just before ("il giorno dopo", "накануне"). */
    ANAPHORIC,
    /** a numeric date whose slash form an English text may write month first ("6/19/2024"). */
    NUMERIC_SLASH
}
