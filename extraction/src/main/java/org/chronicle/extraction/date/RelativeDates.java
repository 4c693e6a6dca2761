package org.chronicle.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Calendar arithmetic for expressions that name a recurring day or month ("giovedì", "6 августа", "4월", "19일"):
 * which occurrence, seen from the publication date, in a given {@link Direction}.
 */
final class RelativeDates {

    private RelativeDates() {
    }

    /** The occurrence of a weekday; publication day itself counts for ON_OR_BEFORE, ON_OR_AFTER and NEAREST. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction direction) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - day.getValue(), 7);
        int ahead = Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue(), 7);
        return switch (direction) {
            case ON_OR_BEFORE -> anchor.minusDays(back);
            case ON_OR_AFTER -> anchor.plusDays(ahead);
            case BEFORE -> anchor.minusDays(back == 0 ? 7 : back);
            case AFTER -> anchor.plusDays(ahead == 0 ? 7 : ahead);
            case NEAREST -> back <= ahead ? anchor.minusDays(back) : anchor.plusDays(ahead);
        };
    }

    /** The weekday in the ISO week (Monday first) {@code weeks} weeks from the publication's week. */
    static LocalDate weekdayOfWeek(LocalDate anchor, DayOfWeek day, int weeks) {
        return monday(anchor).plusWeeks(weeks).plusDays(day.getValue() - 1L);
    }

    static LocalDate monday(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - 1L);
    }

    /** Day {@code day} of month {@code month} in the year the direction picks; null if no year has that day. */
    static LocalDate dayOfMonth(LocalDate anchor, int month, int day, Direction direction) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        LocalDate best = null;
        // 29 February needs up to 8 years to find a leap year on the right side
        for (int year = anchor.getYear() - 8; year <= anchor.getYear() + 8; year++) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            best = better(anchor, LocalDate.of(year, month, day), best, direction);
        }
        return best;
    }

    /** Day {@code day} of the publication month or of a month next to it (Korean "19일"). */
    static LocalDate dayOnly(LocalDate anchor, int day, Direction direction) {
        if (day < 1 || day > 31) {
            return null;
        }
        YearMonth here = YearMonth.from(anchor);
        LocalDate best = null;
        for (int shift = -3; shift <= 3; shift++) {
            YearMonth month = here.plusMonths(shift);
            if (day <= month.lengthOfMonth()) {
                best = better(anchor, month.atDay(day), best, direction);
            }
        }
        return best;
    }

    /** Month {@code month} in the year the direction picks; a month counts as "on" publication if it contains it. */
    static YearMonth month(LocalDate anchor, int month, Direction direction) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth sameYear = YearMonth.of(anchor.getYear(), month);
        YearMonth before = sameYear.isAfter(here) ? sameYear.minusYears(1) : sameYear;
        YearMonth after = sameYear.isBefore(here) ? sameYear.plusYears(1) : sameYear;
        return switch (direction) {
            case ON_OR_BEFORE -> before;
            case ON_OR_AFTER -> after;
            case BEFORE -> before.equals(here) ? before.minusYears(1) : before;
            case AFTER -> after.equals(here) ? after.plusYears(1) : after;
            case NEAREST -> ChronoUnit.MONTHS.between(before, here) <= ChronoUnit.MONTHS.between(here, after)
                    ? before : after;
        };
    }

    private static LocalDate better(LocalDate anchor, LocalDate candidate, LocalDate best, Direction direction) {
        boolean fits = switch (direction) {
            case ON_OR_BEFORE -> !candidate.isAfter(anchor);
            case ON_OR_AFTER -> !candidate.isBefore(anchor);
            case BEFORE -> candidate.isBefore(anchor);
            case AFTER -> candidate.isAfter(anchor);
            case NEAREST -> true;
        };
        if (!fits) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        return switch (direction) {
            case ON_OR_BEFORE, BEFORE -> candidate.isAfter(best) ? candidate : best;
            case ON_OR_AFTER, AFTER -> candidate.isBefore(best) ? candidate : best;
            case NEAREST -> {
                long c = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
                long b = Math.abs(ChronoUnit.DAYS.between(anchor, best));
                // ties go to the past: news reports what happened
                yield c < b || (c == b && candidate.isBefore(best)) ? candidate : best;
            }
        };
    }
}
