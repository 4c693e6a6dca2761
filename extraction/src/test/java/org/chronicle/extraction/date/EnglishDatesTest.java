package org.chronicle.extraction.date;

import static org.chronicle.extraction.date.DateAssertions.assertNone;
import static org.chronicle.extraction.date.DateAssertions.assertOnly;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishDatesTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # published | sentence | text | from | to | precision | rule
            2024-06-20 | The treaty was signed on June 19, 2024 in Pyongyang.        | on June 19, 2024          | 2024-06-19 | 2024-06-19 | DAY   | en.month-day-year
            2024-06-20 | The treaty was signed June 19 2024 in Pyongyang.           | June 19 2024              | 2024-06-19 | 2024-06-19 | DAY   | en.month-day-year
            2024-06-20 | The treaty was signed June 19th, 2024.                     | June 19th, 2024           | 2024-06-19 | 2024-06-19 | DAY   | en.month-day-year
            2024-06-20 | The treaty was signed on Wednesday, June 19, 2024.         | on Wednesday, June 19, 2024 | 2024-06-19 | 2024-06-19 | DAY | en.month-day-year
            2024-06-20 | The treaty was signed on 19 June 2024.                     | on 19 June 2024           | 2024-06-19 | 2024-06-19 | DAY   | en.day-month-year
            2024-06-20 | The treaty was signed on the 19th of June, 2024.           | on the 19th of June, 2024 | 2024-06-19 | 2024-06-19 | DAY   | en.day-month-year
            2024-10-01 | The agreement took effect Sept. 4, 2024.                   | Sept. 4, 2024             | 2024-09-04 | 2024-09-04 | DAY   | en.month-day-year
            2026-01-01 | The memorandum is dated June 2024.                         | June 2024                 | 2024-06-01 | 2024-06-30 | MONTH | en.month-year
            2026-01-01 | Troops arrived in early November 2024.                     | in early November 2024    | 2024-11-01 | 2024-11-30 | MONTH | en.month-year
            2026-01-01 | Troops arrived in June of 2024.                            | in June of 2024           | 2024-06-01 | 2024-06-30 | MONTH | en.month-year
            2026-01-01 | Relations grew stronger in 2024.                           | in 2024                   | 2024-01-01 | 2024-12-31 | YEAR  | en.year
            2026-01-01 | Trade has grown since 2022.                                | since 2022                | 2022-01-01 | 2022-12-31 | YEAR  | en.year
            2026-01-01 | The plant will be finished by mid-2027.                    | by mid-2027               | 2027-01-01 | 2027-12-31 | YEAR  | en.year
            2026-01-01 | Between 2014 and 2024, trade grew.                         | Between 2014 and 2024     | 2014-01-01 | 2024-12-31 | YEAR  | en.year-range
            2026-01-01 | From 2020 to 2022 trade fell.                              | From 2020 to 2022         | 2020-01-01 | 2022-12-31 | YEAR  | en.year-range
            2026-01-01 | The 1950-1953 war never formally ended.                    | 1950-1953                 | 1950-01-01 | 1953-12-31 | YEAR  | en.year-range
            2024-10-20 | Drills were held from 8 to 13 October.                     | from 8 to 13 October      | 2024-10-08 | 2024-10-13 | DAY   | en.day-range
            2024-10-20 | Drills were held October 8-13.                             | October 8-13              | 2024-10-08 | 2024-10-13 | DAY   | en.day-range
            2024-10-20 | Drills were held between 8 and 13 October.                 | between 8 and 13 October  | 2024-10-08 | 2024-10-13 | DAY   | en.day-range
            2024-10-20 | Drills were held from October 8 to 13.                     | from October 8 to 13      | 2024-10-08 | 2024-10-13 | DAY   | en.day-range
            2024-10-20 | Drills were held Sept. 30-Oct. 2.                          | Sept. 30-Oct. 2           | 2024-09-30 | 2024-10-02 | DAY   | en.day-range
            2025-03-01 | Drills were held October 8–13, 2024.                       | October 8–13, 2024        | 2024-10-08 | 2024-10-13 | DAY   | en.day-range-year
            """)
    void absoluteAndRanges(String published, String sentence, String text, String from, String to,
                           DatePrecision precision, String rule) {
        assertOnly("en", published, sentence, text, from, to, precision, rule);
    }

    /** 2025-06-18 is a Wednesday, 2026-01-01 a Thursday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-06-18 | Shoigu arrived in Pyongyang on Wednesday.                 | on Wednesday        | 2025-06-18 | 2025-06-18 | DAY   | en.weekday
            2025-06-18 | Shoigu arrived in Pyongyang on Monday.                    | on Monday           | 2025-06-16 | 2025-06-16 | DAY   | en.weekday
            2025-06-18 | Shoigu will arrive in Pyongyang on Friday.                | on Friday           | 2025-06-20 | 2025-06-20 | DAY   | en.weekday
            2025-06-18 | On Tuesday, Kim inspected a missile factory.              | On Tuesday          | 2025-06-17 | 2025-06-17 | DAY   | en.weekday
            2025-06-18 | Lavrov met Choe last Wednesday.                           | last Wednesday      | 2025-06-11 | 2025-06-11 | DAY   | en.weekday-last
            2025-06-18 | Lavrov will meet Choe next Monday.                        | next Monday         | 2025-06-23 | 2025-06-23 | DAY   | en.weekday-next
            2025-09-10 | The missile was launched on August 6.                     | on August 6         | 2025-08-06 | 2025-08-06 | DAY   | en.month-day
            2025-09-10 | The missile was launched on 6 August.                     | on 6 August         | 2025-08-06 | 2025-08-06 | DAY   | en.day-month
            2025-09-10 | The missile was launched on the 19th of June.             | on the 19th of June | 2025-06-19 | 2025-06-19 | DAY   | en.day-month
            2025-09-10 | The talks ended 19th of June with no deal.                | 19th of June        | 2025-06-19 | 2025-06-19 | DAY   | en.day-month
            2025-09-10 | Kim landed in Vladivostok June 19 and left.               | June 19             | 2025-06-19 | 2025-06-19 | DAY   | en.month-day
            2025-09-10 | The summit will be held on September 20.                  | on September 20     | 2025-09-20 | 2025-09-20 | DAY   | en.month-day
            2025-09-10 | The summit was held on September 20.                      | on September 20     | 2024-09-20 | 2024-09-20 | DAY   | en.month-day
            2025-09-10 | The talks were held on June 19 last year.                 | on June 19 last year | 2024-06-19 | 2024-06-19 | DAY  | en.month-day-prev-year
            2026-01-01 | Kim visited Russia in June.                               | in June             | 2025-06-01 | 2025-06-30 | MONTH | en.month
            2026-01-01 | Kim will visit Russia in June.                            | in June             | 2026-06-01 | 2026-06-30 | MONTH | en.month
            2026-01-01 | Troops arrived in early December.                         | in early December   | 2025-12-01 | 2025-12-31 | MONTH | en.month
            2026-01-01 | Troops arrived in mid-April.                              | in mid-April        | 2025-04-01 | 2025-04-30 | MONTH | en.month
            2026-01-01 | The bridge should be ready by May.                        | by May              | 2025-05-01 | 2025-05-31 | MONTH | en.month
            2026-01-01 | Kim visited Vladivostok last September.                   | last September      | 2025-09-01 | 2025-09-30 | MONTH | en.month-last
            2025-09-10 | Kim visited Vladivostok last September.                   | last September      | 2024-09-01 | 2024-09-30 | MONTH | en.month-last
            2026-01-01 | The treaty was ratified in June last year.                | in June last year   | 2025-06-01 | 2025-06-30 | MONTH | en.month-prev-year
            2025-03-01 | The treaty was ratified in June of last year.             | in June of last year | 2024-06-01 | 2024-06-30 | MONTH | en.month-prev-year
            2025-03-01 | The summit is planned for June this year.                 | for June this year  | 2025-06-01 | 2025-06-30 | MONTH | en.month-this-year
            2025-03-01 | The summit will take place next June.                     | next June           | 2025-06-01 | 2025-06-30 | MONTH | en.month-next
            """)
    void relativeToPublication(String published, String sentence, String text, String from, String to,
                               DatePrecision precision, String rule) {
        assertOnly("en", published, sentence, text, from, to, precision, rule);
    }

    /** 2025-09-10 is a Wednesday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-09-10 | Kim arrived in Moscow yesterday.                     | yesterday                | 2025-09-09 | 2025-09-09 | DAY   | en.yesterday
            2025-09-10 | Kim arrives in Moscow today.                         | today                    | 2025-09-10 | 2025-09-10 | DAY   | en.today
            2025-09-10 | Kim will arrive in Moscow tomorrow.                  | tomorrow                 | 2025-09-11 | 2025-09-11 | DAY   | en.tomorrow
            2025-09-10 | Kim arrived the day before yesterday.                | the day before yesterday | 2025-09-08 | 2025-09-08 | DAY   | en.day-before-yesterday
            2025-09-10 | Trade grew last year.                                | last year                | 2024-01-01 | 2024-12-31 | YEAR  | en.last-year
            2025-09-10 | Trade has grown this year.                           | this year                | 2025-01-01 | 2025-12-31 | YEAR  | en.this-year
            2025-09-10 | Kim visited Moscow earlier this year.                | earlier this year        | 2025-01-01 | 2025-12-31 | YEAR  | en.this-year
            2025-09-10 | The accord was signed last month.                    | last month               | 2025-08-01 | 2025-08-31 | MONTH | en.last-month
            2025-09-10 | Consultations were held last week.                   | last week                | 2025-09-01 | 2025-09-07 | DAY   | en.last-week
            2025-09-10 | Consultations will be held next week.                | next week                | 2025-09-15 | 2025-09-21 | DAY   | en.next-week
            2025-09-10 | The minister arrived three days ago.                 | three days ago           | 2025-09-07 | 2025-09-07 | DAY   | en.days-ago
            2025-09-10 | The treaty was signed two years ago.                 | two years ago            | 2023-01-01 | 2023-12-31 | YEAR  | en.years-ago
            """)
    void deictic(String published, String sentence, String text, String from, String to, DatePrecision precision,
                 String rule) {
        assertOnly("en", published, sentence, text, from, to, precision, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            North Korea sent 2000 soldiers to the front.
            Some 1,000 troops and 12,000 shells arrived.
            Trade rose 20 percent.
            The G20 summit ended without a deal.
            The fortress was built in 1850.
            The treaty was signed on June 31.
            The treaty was signed on 31 June 2024.
            Talks may resume soon.
            Protesters march in the capital.
            The political will to act is there.
            The following day the delegation left.
            The report covers 25 million people.
            """)
    void notDates(String sentence) {
        assertNone("en", "2025-09-10", sentence);
    }
}
