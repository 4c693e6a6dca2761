package org.chronicle.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One candidate being resolved: its groups read as numbers, and the record built with its evidence. */
final class Resolution {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** The candidate's date and evidence, or null if it names no valid date (31 June, a year outside 1900–2100). */
    static ResolvedDate resolve(Candidate c, String sentence, LocalDate published, Tense tense,
                                ResolvedDate previous) {
        Resolution r = new Resolution(c, sentence, published, tense);
        return switch (c.rule.shape()) {
            case DAY_MONTH_YEAR -> r.absoluteDay(c.rule.id(), r.year(), r.month(DateRule.MON), r.day(DateRule.DAY));
            case NUMERIC_SLASH -> r.slashDate();
            case DAY_MONTH -> r.dayMonth();
            case MONTH_YEAR -> r.monthYear();
            case MONTH -> r.month();
            case YEAR -> r.yearOnly();
            case YEAR_RANGE -> r.yearRange();
            case DAY_RANGE -> r.dayRange();
            case DAY_ONLY -> r.dayOnly();
            case WEEKDAY -> r.weekday();
            case RELATIVE -> r.relative();
            case AGO -> r.ago();
            case ANAPHORIC -> r.anaphoric(previous);
        };
    }

    private final Candidate c;
    private final String sentence;
    private final LocalDate published;
    private final Tense tense;
    private final Lexicon lexicon;

    private Resolution(Candidate c, String sentence, LocalDate published, Tense tense) {
        this.c = c;
        this.sentence = sentence;
        this.published = published;
        this.tense = tense;
        this.lexicon = c.rule.lexicon();
    }

    // --- absolute

    ResolvedDate absoluteDay(String id, int year, int month, int day) {
        LocalDate date = date(year, month, day);
        return date == null ? null : evidence(date, date, DatePrecision.DAY, id, null);
    }

    /** English "6/19/2024": month first when the second number can't be a month, day first when the first can't. */
    ResolvedDate slashDate() {
        int first = number(c.group(DateRule.DAY));
        int second = number(c.group(DateRule.MON));
        if (first <= 12 && second > 12) {
            return absoluteDay("num.month-day-year", year(), first, second);
        }
        if (first > 12 && second <= 12) {
            return absoluteDay("num.day-month-year", year(), second, first);
        }
        return null;
    }

    ResolvedDate monthYear() {
        YearMonth month = yearMonth(year(), month(DateRule.MON));
        return month == null ? null
                : evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, c.rule.id(), null);
    }

    ResolvedDate yearOnly() {
        int year = year();
        return year < 0 ? null : evidence(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                DatePrecision.YEAR, c.rule.id(), null);
    }

    ResolvedDate yearRange() {
        int first = year();
        int last = number(c.group(DateRule.YRB));
        if (first < 0 || last <= first || last > MAX_YEAR) {
            return null;
        }
        return evidence(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), DatePrecision.YEAR, c.rule.id(),
                null);
    }

    // --- relative to publication

    ResolvedDate dayMonth() {
        int month = month(DateRule.MON);
        int day = day(DateRule.DAY);
        Qualifier q = qualifier();
        LocalDate date;
        if (q == Qualifier.PREV_YEAR || q == Qualifier.THIS_YEAR || q == Qualifier.NEXT_YEAR
                || q == Qualifier.THIS) {
            date = date(published.getYear() + yearShift(q), month, day);
        } else {
            date = RelativeDates.dayOfMonth(published, month, day, direction(q));
        }
        return date == null ? null : evidence(date, date, DatePrecision.DAY, id(q), published);
    }

    ResolvedDate month() {
        int number = month(DateRule.MON);
        if (number < 1) {
            return null;
        }
        Qualifier q = qualifier();
        if (q == Qualifier.THIS) {
            q = Qualifier.THIS_YEAR; // "this June", "questo giugno"
        }
        YearMonth month;
        if (q == Qualifier.PREV_YEAR || q == Qualifier.THIS_YEAR || q == Qualifier.NEXT_YEAR) {
            month = YearMonth.of(published.getYear() + yearShift(q), number);
        } else {
            month = RelativeDates.month(published, number, direction(q));
        }
        return evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, id(q), published);
    }

    ResolvedDate dayOnly() {
        int day = day(DateRule.DAY);
        Qualifier q = qualifier();
        LocalDate date;
        if (q == Qualifier.PREV_MONTH || q == Qualifier.THIS_MONTH || q == Qualifier.NEXT_MONTH) {
            YearMonth month = YearMonth.from(published)
                    .plusMonths(q == Qualifier.PREV_MONTH ? -1 : q == Qualifier.NEXT_MONTH ? 1 : 0);
            date = day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day) : null;
        } else {
            date = RelativeDates.dayOnly(published, day, direction(q));
        }
        return date == null ? null : evidence(date, date, DatePrecision.DAY, id(q), published);
    }

    ResolvedDate dayRange() {
        int firstDay = day(DateRule.DAY);
        int lastDay = day(DateRule.DAYB);
        boolean hasFirstMonth = c.group(DateRule.MON) != null;
        boolean hasLastMonth = c.group(DateRule.MONB) != null;
        boolean hasYear = c.group(DateRule.YR) != null;
        LocalDate from;
        LocalDate to;
        if (!hasFirstMonth && !hasLastMonth) {
            // Korean "8일부터 13일까지": the month of the first day, as for "19일"
            from = RelativeDates.dayOnly(published, firstDay, direction(null));
            if (from == null) {
                return null;
            }
            YearMonth month = YearMonth.from(from).plusMonths(lastDay < firstDay ? 1 : 0);
            to = lastDay >= 1 && lastDay <= month.lengthOfMonth() ? month.atDay(lastDay) : null;
        } else {
            int firstMonth = hasFirstMonth ? month(DateRule.MON) : month(DateRule.MONB);
            int lastMonth = hasLastMonth ? month(DateRule.MONB) : firstMonth;
            if (firstMonth < 1 || lastMonth < 1) {
                return null;
            }
            if (hasYear) {
                int year = year();
                from = date(firstMonth > lastMonth ? year - 1 : year, firstMonth, firstDay);
            } else {
                from = RelativeDates.dayOfMonth(published, firstMonth, firstDay, direction(null));
            }
            if (from == null) {
                return null;
            }
            to = date(from.getYear() + (lastMonth < firstMonth ? 1 : 0), lastMonth, lastDay);
        }
        // "from 8 to 3 October" or a span of months is not a range we understand
        if (to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 62) {
            return null;
        }
        return evidence(from, to, DatePrecision.DAY, hasYear ? c.rule.id() + "-year" : c.rule.id(),
                hasYear ? null : published);
    }

    ResolvedDate weekday() {
        DayOfWeek day = lexicon.weekday(c.group(DateRule.WD));
        if (day == null) {
            return null;
        }
        Qualifier q = qualifier();
        LocalDate date = switch (q == null ? Qualifier.THIS : q) {
            case PREV_WEEK -> RelativeDates.weekdayOfWeek(published, day, -1);
            case THIS_WEEK -> RelativeDates.weekdayOfWeek(published, day, 0);
            case NEXT_WEEK -> RelativeDates.weekdayOfWeek(published, day, 1);
            default -> RelativeDates.weekday(published, day, direction(q));
        };
        return evidence(date, date, DatePrecision.DAY, id(q), published);
    }

    ResolvedDate relative() {
        RelativeTerm term = lexicon.relative(c.group(DateRule.REL));
        if (term == null) {
            return null;
        }
        return shifted(term.unit(), term.offset(), lexicon.language + "." + term.id());
    }

    ResolvedDate ago() {
        String count = c.group(DateRule.N);
        Integer n = count == null ? Integer.valueOf(1)
                : Character.isDigit(count.charAt(0)) ? Integer.valueOf(number(count)) : lexicon.number(count);
        String unitWord = c.group(DateRule.UNIT);
        // Korean "이틀 전" counts days without a unit word
        ChronoUnit unit = unitWord == null ? ChronoUnit.DAYS : lexicon.unit(unitWord);
        if (n == null || n < 1 || unit == null) {
            return null;
        }
        String id = lexicon.language + "." + unit.toString().toLowerCase(Locale.ROOT) + "-ago";
        return shifted(unit, -n, id);
    }

    /** Publication shifted by whole days, ISO weeks (Monday to Sunday), calendar months or years. */
    private ResolvedDate shifted(ChronoUnit unit, int offset, String id) {
        return switch (unit) {
            case DAYS -> {
                LocalDate day = published.plusDays(offset);
                yield evidence(day, day, DatePrecision.DAY, id, published);
            }
            case WEEKS -> {
                LocalDate monday = RelativeDates.monday(published).plusWeeks(offset);
                yield evidence(monday, monday.plusDays(6), DatePrecision.DAY, id, published);
            }
            case MONTHS -> {
                YearMonth month = YearMonth.from(published).plusMonths(offset);
                yield evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, id, published);
            }
            case YEARS -> {
                int year = published.getYear() + offset;
                yield year < MIN_YEAR ? null : evidence(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        DatePrecision.YEAR, id, published);
            }
            default -> null;
        };
    }

    // --- relative to the date before

    ResolvedDate anaphoric(ResolvedDate previous) {
        RelativeTerm term = lexicon.anaphoric(c.group(DateRule.REL));
        // "the day after" a month or a year names no day
        if (term == null || previous == null || previous.precision() != DatePrecision.DAY) {
            return null;
        }
        LocalDate base;
        if (term.offset() > 0) {
            base = previous.to();
        } else if (term.offset() < 0) {
            base = previous.from();
        } else if (previous.from().equals(previous.to())) {
            base = previous.from();
        } else {
            return null;
        }
        LocalDate day = base.plusDays(term.offset());
        return evidence(day, day, DatePrecision.DAY, lexicon.language + "." + term.id(), base);
    }

    // --- reading the groups

    private Qualifier qualifier() {
        Qualifier after = lexicon.qualifier(c.group(DateRule.QB));
        return after != null ? after : lexicon.qualifier(c.group(DateRule.Q));
    }

    private Direction direction(Qualifier q) {
        if (q == Qualifier.LAST) {
            return Direction.BEFORE;
        }
        if (q == Qualifier.NEXT) {
            return Direction.AFTER;
        }
        return Direction.of(tense);
    }

    private static int yearShift(Qualifier q) {
        return q == Qualifier.PREV_YEAR ? -1 : q == Qualifier.NEXT_YEAR ? 1 : 0;
    }

    private String id(Qualifier q) {
        return q == null || q.suffix.isEmpty() ? c.rule.id() : c.rule.id() + "-" + q.suffix;
    }

    /** The year group, or -1 outside 1900–2100. */
    int year() {
        int year = number(c.group(DateRule.YR));
        return year >= MIN_YEAR && year <= MAX_YEAR ? year : -1;
    }

    /** A month group, by name or number; -1 if it names none. */
    int month(int group) {
        String text = c.group(group);
        if (text == null) {
            return -1;
        }
        if (Character.isDigit(text.charAt(0))) {
            int month = number(text);
            return month >= 1 && month <= 12 ? month : -1;
        }
        Integer month = lexicon.month(text);
        return month == null ? -1 : month;
    }

    int day(int group) {
        return number(c.group(group));
    }

    private static int number(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static YearMonth yearMonth(int year, int month) {
        return year < 0 || month < 1 ? null : YearMonth.of(year, month);
    }

    private ResolvedDate evidence(LocalDate from, LocalDate to, DatePrecision precision, String id,
                                  LocalDate anchor) {
        return new ResolvedDate(sentence.substring(c.start, c.end), c.start, c.end, from, to, precision, id,
                anchor, tense);
    }
}
