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
 * Italian date expressions, with and without articles and prepositions ({@code il, l', dell', del, nel, a, ad}):
 * "19 giugno 2024", "nel giugno del 2024", "dall'8 al 13 ottobre", "giovedì", "in aprile", "l'anno scorso".
 */
final class ItalianDates {

    private ItalianDates() {
    }

    static final Lexicon LEXICON = new Lexicon("it", false)
            .month(1, "gennaio").month(2, "febbraio").month(3, "marzo").month(4, "aprile").month(5, "maggio")
            .month(6, "giugno").month(7, "luglio").month(8, "agosto").month(9, "settembre").month(10, "ottobre")
            .month(11, "novembre").month(12, "dicembre")
            // machine translation and keyboards drop or flip the accent
            .weekday(MONDAY, "lunedì", "lunedi", "lunedí").weekday(TUESDAY, "martedì", "martedi", "martedí")
            .weekday(WEDNESDAY, "mercoledì", "mercoledi", "mercoledí")
            .weekday(THURSDAY, "giovedì", "giovedi", "giovedí").weekday(FRIDAY, "venerdì", "venerdi", "venerdí")
            .weekday(SATURDAY, "sabato").weekday(SUNDAY, "domenica")
            .qualifier(Qualifier.LAST, "scorso", "scorsa", "lo scorso", "la scorsa", "passato", "passata")
            .qualifier(Qualifier.NEXT, "prossimo", "prossima", "il prossimo", "la prossima")
            .qualifier(Qualifier.THIS, "questo", "questa")
            .qualifier(Qualifier.PREV_YEAR, "dello scorso anno", "dell'anno scorso", "dell'anno passato",
                    "del passato anno")
            .qualifier(Qualifier.THIS_YEAR, "di quest'anno", "di questo anno", "dell'anno in corso",
                    "del corrente anno", "dell'anno corrente")
            .qualifier(Qualifier.NEXT_YEAR, "del prossimo anno", "dell'anno prossimo", "dell'anno venturo")
            .relative("yesterday", DAYS, -1, "ieri")
            .relative("today", DAYS, 0, "oggi")
            .relative("tomorrow", DAYS, 1, "domani")
            .relative("day-before-yesterday", DAYS, -2, "l'altro ieri", "l'altroieri", "altroieri", "avantieri",
                    "ieri l'altro")
            .relative("day-after-tomorrow", DAYS, 2, "dopodomani", "dopo domani")
            .relative("last-year", YEARS, -1, "lo scorso anno", "l'anno scorso", "l'anno passato", "scorso anno",
                    "anno scorso", "anno passato")
            .relative("this-year", YEARS, 0, "quest'anno", "questo anno", "l'anno in corso", "anno in corso")
            .relative("next-year", YEARS, 1, "il prossimo anno", "l'anno prossimo", "prossimo anno", "anno prossimo")
            .relative("last-month", MONTHS, -1, "il mese scorso", "lo scorso mese", "mese scorso", "scorso mese")
            .relative("this-month", MONTHS, 0, "questo mese", "il mese in corso", "mese in corso")
            .relative("next-month", MONTHS, 1, "il mese prossimo", "il prossimo mese", "mese prossimo",
                    "prossimo mese")
            .relative("last-week", WEEKS, -1, "la settimana scorsa", "la scorsa settimana", "settimana scorsa",
                    "scorsa settimana", "la settimana passata", "settimana passata")
            .relative("this-week", WEEKS, 0, "questa settimana")
            .relative("next-week", WEEKS, 1, "la prossima settimana", "la settimana prossima", "prossima settimana",
                    "settimana prossima")
            .anaphoric("following-day", 1, "il giorno dopo", "il giorno successivo", "il giorno seguente",
                    "l'indomani", "all'indomani")
            .anaphoric("previous-day", -1, "il giorno prima", "il giorno precedente")
            .anaphoric("same-day", 0, "lo stesso giorno", "nello stesso giorno", "quello stesso giorno")
            .number(1, "un", "uno", "una").number(2, "due").number(3, "tre").number(4, "quattro")
            .number(5, "cinque").number(6, "sei").number(7, "sette").number(8, "otto").number(9, "nove")
            .number(10, "dieci")
            .ago("fa")
            .unit(DAYS, "giorno", "giorni").unit(WEEKS, "settimana", "settimane").unit(MONTHS, "mese", "mesi")
            .unit(YEARS, "anno", "anni");

    /** "1° gennaio", "1º gennaio" */
    private static final String ORDINAL = "(?:°|º)?";
    private static final String WEEKDAY_BEFORE = "(?:(?:il{S}|di{S})?{WDX},?{S})?";
    /** "il 6 agosto", "l'8 agosto", "dell'11 settembre" */
    private static final String DAY_ARTICLE = "(?:(?:il|del|dal|al|nel|sul){S}|(?:l|dell|dall|all|nell|sull){A}{S0})?";
    private static final String YEAR_AFTER_MONTH = "{S}(?:del{S}|dell{A}anno{S})?{Y}";
    private static final String MONTH_LEAD = "(?:(?:nel|nello|in|a|ad|di|da|dal|entro|fino{S}a|verso|durante|per|e|"
            + "tra|fra|dopo|prima{S}di){S}|(?:nell|dall|all|dell|d|l){A}{S0})";
    /** "inizio di", "fine", "metà", "mese di": still month precision */
    private static final String MONTH_PART = "(?:(?:(?:la|il){S}|l{A})?(?:inizio|inizi|fine|metà|meta|primi|"
            + "prima{S}metà|seconda{S}metà|mese|corso)(?:{S}(?:di|del{S}mese{S}di){S}|{S}d{A}|{S}))";
    private static final String YEAR_QUALIFIERS = "LAST,NEXT,PREV_YEAR,THIS_YEAR,NEXT_YEAR";
    private static final String YEAR_LEAD = "(?:nel|nell{A}anno|del|dell{A}anno|dal|dall{A}anno|al|all{A}anno|il|"
            + "l{A}anno|entro{S}il|entro|fino{S}al|prima{S}del|dopo{S}il|durante{S}il|per{S}il|nel{S}corso{S}del|"
            + "anno|(?:(?:a|ad|entro|verso|dalla|alla|entro{S}la|verso{S}la){S}|(?:all|dall){A})?"
            + "(?:inizio|fine|metà|meta)(?:{S}del)?)";
    private static final String RANGE_YEAR = "(?:{S}(?:del{S})?{Y})?";

    static final DateGrammar GRAMMAR = NumericDates.addTo(DateGrammar.builder("it", LEXICON)
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:tra|fra){S}(?:il{S}|l{A}{S0})?{D}" + ORDINAL
                    + "(?:{S}{MON})?{S}e{S}(?:il{S}|l{A}{S0})?{DB}" + ORDINAL + "{S}{MONB}" + RANGE_YEAR + "{B1}")
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:dal{S}|dall{A}{S0}){D}" + ORDINAL
                    + "(?:{S}{MON})?{S}(?:al{S}|all{A}{S0}){DB}" + ORDINAL + "{S}{MONB}" + RANGE_YEAR + "{B1}")
            .rule("day-range", Shape.DAY_RANGE, "{B0}(?:(?:il|dal|tra|fra){S}|(?:l|dall){A}{S0})?{D}{S0}{DASH}{S0}"
                    + "{DB}{S}{MONB}" + RANGE_YEAR + "{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}(?:tra|fra){S}(?:il{S})?{Y}{S}e{S}(?:il{S})?{YB}{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}dal{S}{Y}{S}al{S}{YB}{B1}")
            .rule("year-range", Shape.YEAR_RANGE, "{B0}(?:(?:nel|del|dal|il|per{S}il|durante{S}il){S})?{Y}{S0}{DASH}"
                    + "{S0}{YB}{B1}")
            .rule("day-month-year", Shape.DAY_MONTH_YEAR, "{B0}" + WEEKDAY_BEFORE + DAY_ARTICLE + "{D}" + ORDINAL
                    + "{S}{MON}" + YEAR_AFTER_MONTH + "{B1}")
            .rule("day-month", Shape.DAY_MONTH, "{B0}" + WEEKDAY_BEFORE + DAY_ARTICLE + "{D}" + ORDINAL
                    + "{S}{MON}(?:{S}{QB:" + YEAR_QUALIFIERS + "})?{B1}")
            .rule("month-year", Shape.MONTH_YEAR, "{B0}" + MONTH_LEAD + "?" + MONTH_PART + "?{MON}" + YEAR_AFTER_MONTH
                    + "{B1}")
            // a bare month name needs a preposition or a qualifier: "in aprile", "lo scorso settembre", "giugno scorso"
            .rule("month", Shape.MONTH, "{B0}(?:" + MONTH_LEAD + MONTH_PART + "?|" + MONTH_PART + "){MON}"
                    + "(?:{S}{QB:" + YEAR_QUALIFIERS + "})?{B1}")
            .rule("month", Shape.MONTH, "{B0}" + MONTH_LEAD + "?{Q:LAST,NEXT,THIS}{S}{MON}{B1}")
            .rule("month", Shape.MONTH, "{B0}{MON}{S}{QB:" + YEAR_QUALIFIERS + "}{B1}")
            .rule("year", Shape.YEAR, "{B0}" + YEAR_LEAD + "{S}{Y}{B1}(?!{S0}(?:%|per{S0}cento))")
            .rule("weekday", Shape.WEEKDAY, "{B0}(?:{Q:LAST,NEXT,THIS}{S})?{WD}(?:{S}{QB:LAST,NEXT})?{B1}")
            .rule("relative", Shape.RELATIVE, "{B0}(?:(?:nel|nello|nella|del|dello|della|dal|dallo|dalla|per|entro|"
                    + "durante|nel{S}corso{S}del(?:lo|la)?){S}|(?:nell|dell|dall|all){A}{S0})?{REL}{B1}")
            .rule("ago", Shape.AGO, "{B0}{N}{S}{UNIT}{S}{AGO}{B1}")
            .rule("anaphoric", Shape.ANAPHORIC, "{B0}{ANA}{B1}"), false).build();
}
