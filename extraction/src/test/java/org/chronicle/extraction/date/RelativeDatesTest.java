package org.chronicle.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {

    /** 2026-01-01 is a Thursday. */
    @ParameterizedTest(name = "{1} {2} from {0} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | THURSDAY  | ON_OR_BEFORE | 2026-01-01
            2026-01-01 | THURSDAY  | ON_OR_AFTER  | 2026-01-01
            2026-01-01 | THURSDAY  | BEFORE       | 2025-12-25
            2026-01-01 | THURSDAY  | AFTER        | 2026-01-08
            2026-01-01 | THURSDAY  | NEAREST      | 2026-01-01
            2026-01-01 | WEDNESDAY | ON_OR_BEFORE | 2025-12-31
            2026-01-01 | WEDNESDAY | ON_OR_AFTER  | 2026-01-07
            2026-01-01 | FRIDAY    | ON_OR_BEFORE | 2025-12-26
            2026-01-01 | FRIDAY    | NEAREST      | 2026-01-02
            2026-01-01 | MONDAY    | NEAREST      | 2025-12-29
            2026-01-01 | SUNDAY    | NEAREST      | 2026-01-04
            """)
    void weekday(LocalDate published, DayOfWeek day, Direction direction, LocalDate expected) {
        assertThat(RelativeDates.weekday(published, day, direction)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "month {1} {2} from {0} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | 4  | ON_OR_BEFORE | 2025-04
            2026-01-01 | 12 | ON_OR_BEFORE | 2025-12
            2026-01-01 | 1  | ON_OR_BEFORE | 2026-01
            2026-01-01 | 6  | ON_OR_AFTER  | 2026-06
            2026-01-01 | 1  | ON_OR_AFTER  | 2026-01
            2025-06-15 | 6  | ON_OR_BEFORE | 2025-06
            2025-06-15 | 6  | BEFORE       | 2024-06
            2025-06-15 | 6  | AFTER        | 2026-06
            2025-06-15 | 9  | BEFORE       | 2024-09
            2025-06-15 | 5  | AFTER        | 2026-05
            2026-01-01 | 6  | NEAREST      | 2026-06
            2026-01-01 | 5  | NEAREST      | 2026-05
            2026-01-01 | 8  | NEAREST      | 2025-08
            2026-01-01 | 7  | NEAREST      | 2025-07
            """)
    void month(LocalDate published, int month, Direction direction, YearMonth expected) {
        assertThat(RelativeDates.month(published, month, direction)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}/{1} {3} from {0} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-10 | 8  | 6  | ON_OR_BEFORE | 2025-08-06
            2025-09-10 | 9  | 20 | ON_OR_BEFORE | 2024-09-20
            2025-09-10 | 9  | 20 | ON_OR_AFTER  | 2025-09-20
            2025-09-10 | 9  | 10 | ON_OR_BEFORE | 2025-09-10
            2025-09-10 | 9  | 10 | BEFORE       | 2024-09-10
            2025-03-01 | 2  | 29 | ON_OR_BEFORE | 2024-02-29
            2025-03-01 | 2  | 29 | ON_OR_AFTER  | 2028-02-29
            """)
    void dayOfMonth(LocalDate published, int month, int day, Direction direction, LocalDate expected) {
        assertThat(RelativeDates.dayOfMonth(published, month, day, direction)).isEqualTo(expected);
    }

    @Test
    void aDayNoMonthHasIsNoDate() {
        assertThat(RelativeDates.dayOfMonth(LocalDate.of(2025, 9, 10), 6, 31, Direction.ON_OR_BEFORE)).isNull();
        assertThat(RelativeDates.dayOfMonth(LocalDate.of(2025, 9, 10), 13, 1, Direction.ON_OR_BEFORE)).isNull();
    }

    /** Korean "19일": the publication month, or the month before when that would be after publication. */
    @ParameterizedTest(name = "day {1} {2} from {0} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-20 | 19 | ON_OR_BEFORE | 2024-06-19
            2024-06-20 | 20 | ON_OR_BEFORE | 2024-06-20
            2024-06-20 | 25 | ON_OR_BEFORE | 2024-05-25
            2024-06-20 | 25 | ON_OR_AFTER  | 2024-06-25
            2024-06-20 | 19 | ON_OR_AFTER  | 2024-07-19
            2024-06-20 | 20 | BEFORE       | 2024-05-20
            2024-03-05 | 30 | ON_OR_BEFORE | 2024-01-30
            2024-01-10 | 25 | ON_OR_BEFORE | 2023-12-25
            2024-06-20 | 22 | NEAREST      | 2024-06-22
            """)
    void dayOnly(LocalDate published, int day, Direction direction, LocalDate expected) {
        assertThat(RelativeDates.dayOnly(published, day, direction)).isEqualTo(expected);
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(RelativeDates.monday(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(RelativeDates.weekdayOfWeek(LocalDate.of(2025, 9, 10), DayOfWeek.WEDNESDAY, -1))
                .isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(RelativeDates.weekdayOfWeek(LocalDate.of(2025, 9, 10), DayOfWeek.MONDAY, 1))
                .isEqualTo(LocalDate.of(2025, 9, 15));
    }
}
