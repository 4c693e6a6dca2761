package org.chronicle.extraction.date;

import static org.chronicle.extraction.date.DateAssertions.assertNone;
import static org.chronicle.extraction.date.DateAssertions.assertOnly;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanDatesTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # published | sentence | text | from | to | precision | rule
            2024-06-20 | 북한과 러시아는 2024년 6월 19일 평양에서 조약을 체결했다.   | 2024년 6월 19일     | 2024-06-19 | 2024-06-19 | DAY   | ko.year-month-day
            2024-06-20 | 조약은 2024년6월19일 서명됐다.                              | 2024년6월19일       | 2024-06-19 | 2024-06-19 | DAY   | ko.year-month-day
            2024-06-20 | 조약은 2024년 6월 19일(수) 서명됐다.                        | 2024년 6월 19일(수) | 2024-06-19 | 2024-06-19 | DAY   | ko.year-month-day
            2024-06-20 | 조약은 2024년 6월 19일에 서명됐다.                          | 2024년 6월 19일에   | 2024-06-19 | 2024-06-19 | DAY   | ko.year-month-day
            2024-06-20 | 조약은 2024. 6. 19 서명됐다.                                | 2024. 6. 19         | 2024-06-19 | 2024-06-19 | DAY   | num.year-month-day
            2026-01-01 | 양측은 2024년 6월 회담했다.                                 | 2024년 6월          | 2024-06-01 | 2024-06-30 | MONTH | ko.year-month
            2026-01-01 | 양측은 2024년 6월에도 만났다.                               | 2024년 6월에도      | 2024-06-01 | 2024-06-30 | MONTH | ko.year-month
            2026-01-01 | 양국 관계는 2024년 크게 발전했다.                           | 2024년              | 2024-01-01 | 2024-12-31 | YEAR  | ko.year
            2026-01-01 | 양국 관계는 2024년에는 크게 발전했다.                       | 2024년에는          | 2024-01-01 | 2024-12-31 | YEAR  | ko.year
            2026-01-01 | 교역은 2014년부터 2024년까지 늘었다.                        | 2014년부터 2024년까지 | 2014-01-01 | 2024-12-31 | YEAR | ko.year-range
            2026-01-01 | 교역은 2014~2024년 두 배가 됐다.                            | 2014~2024년         | 2014-01-01 | 2024-12-31 | YEAR  | ko.year-range
            2024-10-20 | 훈련은 10월 8일부터 13일까지 진행됐다.                      | 10월 8일부터 13일까지 | 2024-10-08 | 2024-10-13 | DAY | ko.day-range
            2024-10-20 | 훈련은 10월 8~13일 진행됐다.                                | 10월 8~13일         | 2024-10-08 | 2024-10-13 | DAY   | ko.day-range
            2024-10-20 | 훈련은 9월 30일부터 10월 2일까지 진행됐다.                   | 9월 30일부터 10월 2일까지 | 2024-09-30 | 2024-10-02 | DAY | ko.day-range
            2024-10-20 | 훈련은 8일부터 13일까지 진행됐다.                           | 8일부터 13일까지     | 2024-10-08 | 2024-10-13 | DAY   | ko.day-range
            2025-03-01 | 훈련은 2024년 10월 8일부터 13일까지 진행됐다.               | 2024년 10월 8일부터 13일까지 | 2024-10-08 | 2024-10-13 | DAY | ko.day-range-year
            """)
    void absoluteAndRanges(String published, String sentence, String text, String from, String to,
                           DatePrecision precision, String rule) {
        assertOnly("ko", published, sentence, text, from, to, precision, rule);
    }

    /** 2024-06-20 is a Thursday, 2025-06-18 a Wednesday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-20 | 김 위원장은 19일 푸틴 대통령과 회담했다.          | 19일         | 2024-06-19 | 2024-06-19 | DAY   | ko.day-only
            2024-06-20 | 조약은 19일에는 발효됐다.                         | 19일에는     | 2024-06-19 | 2024-06-19 | DAY   | ko.day-only
            2024-06-20 | 김 위원장은 25일 러시아를 방문했다.               | 25일         | 2024-05-25 | 2024-05-25 | DAY   | ko.day-only
            2024-06-20 | 김 위원장은 25일 러시아를 방문할 예정이다.         | 25일         | 2024-06-25 | 2024-06-25 | DAY   | ko.day-only
            2024-06-20 | 회담은 20일 열렸다.                               | 20일         | 2024-06-20 | 2024-06-20 | DAY   | ko.day-only
            2024-06-20 | 김 위원장은 지난 19일 회담했다.                   | 지난 19일    | 2024-06-19 | 2024-06-19 | DAY   | ko.day-only-last
            2024-06-20 | 김 위원장은 오는 25일 러시아를 방문한다.          | 오는 25일    | 2024-06-25 | 2024-06-25 | DAY   | ko.day-only-next
            2024-06-20 | 회담은 지난달 25일 열렸다.                        | 지난달 25일  | 2024-05-25 | 2024-05-25 | DAY   | ko.day-only-prev-month
            2025-09-10 | 미사일은 8월 6일 발사됐다.                        | 8월 6일      | 2025-08-06 | 2025-08-06 | DAY   | ko.month-day
            2025-09-10 | 미사일은 9월 20일 발사됐다.                       | 9월 20일     | 2024-09-20 | 2024-09-20 | DAY   | ko.month-day
            2025-09-10 | 정상회담은 9월 20일 열릴 예정이다.                | 9월 20일     | 2025-09-20 | 2025-09-20 | DAY   | ko.month-day
            2025-09-10 | 회담은 지난해 6월 19일 열렸다.                    | 지난해 6월 19일 | 2024-06-19 | 2024-06-19 | DAY | ko.month-day-prev-year
            2025-06-18 | 쇼이구는 수요일 평양에 도착했다.                  | 수요일       | 2025-06-18 | 2025-06-18 | DAY   | ko.weekday
            2025-06-18 | 쇼이구는 수요일에 평양에 도착했다.                | 수요일에     | 2025-06-18 | 2025-06-18 | DAY   | ko.weekday
            2025-06-18 | 쇼이구는 목요일에 평양에 도착했다.                | 목요일에     | 2025-06-12 | 2025-06-12 | DAY   | ko.weekday
            2025-06-18 | 쇼이구는 목요일에 평양에 도착할 예정이다.          | 목요일에     | 2025-06-19 | 2025-06-19 | DAY   | ko.weekday
            2025-06-18 | 양측은 지난주 수요일 회담했다.                    | 지난주 수요일 | 2025-06-11 | 2025-06-11 | DAY  | ko.weekday-last-week
            2025-06-18 | 양측은 다음 주 월요일 회담할 예정이다.             | 다음 주 월요일 | 2025-06-23 | 2025-06-23 | DAY | ko.weekday-next-week
            2026-01-01 | 양측은 4월 회담했다.                              | 4월          | 2025-04-01 | 2025-04-30 | MONTH | ko.month
            2026-01-01 | 양측은 4월에 회담했다.                            | 4월에        | 2025-04-01 | 2025-04-30 | MONTH | ko.month
            2026-01-01 | 양측은 6월에 회담할 예정이다.                      | 6월에        | 2026-06-01 | 2026-06-30 | MONTH | ko.month
            2026-01-01 | 병력은 12월 말 도착했다.                          | 12월 말      | 2025-12-01 | 2025-12-31 | MONTH | ko.month
            2026-01-01 | 김 위원장은 지난 9월 베이징을 방문했다.            | 지난 9월     | 2025-09-01 | 2025-09-30 | MONTH | ko.month-last
            2025-09-10 | 김 위원장은 지난 9월 베이징을 방문했다.            | 지난 9월     | 2024-09-01 | 2024-09-30 | MONTH | ko.month-last
            2026-01-01 | 조약은 지난해 6월 체결됐다.                       | 지난해 6월   | 2025-06-01 | 2025-06-30 | MONTH | ko.month-prev-year
            2025-03-01 | 조약은 작년 6월 체결됐다.                         | 작년 6월     | 2024-06-01 | 2024-06-30 | MONTH | ko.month-prev-year
            2025-03-01 | 정상회담은 올해 6월 열릴 예정이다.                 | 올해 6월     | 2025-06-01 | 2025-06-30 | MONTH | ko.month-this-year
            2025-03-01 | 정상회담은 오는 6월 열린다.                       | 오는 6월     | 2025-06-01 | 2025-06-30 | MONTH | ko.month-next
            """)
    void relativeToPublication(String published, String sentence, String text, String from, String to,
                               DatePrecision precision, String rule) {
        assertOnly("ko", published, sentence, text, from, to, precision, rule);
    }

    /** 2025-09-10 is a Wednesday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-09-10 | 북한은 어제 미사일을 발사했다.          | 어제      | 2025-09-09 | 2025-09-09 | DAY   | ko.yesterday
            2025-09-10 | 북한은 오늘 미사일을 발사했다.          | 오늘      | 2025-09-10 | 2025-09-10 | DAY   | ko.today
            2025-09-10 | 북한은 내일 미사일을 발사할 예정이다.    | 내일      | 2025-09-11 | 2025-09-11 | DAY   | ko.tomorrow
            2025-09-10 | 북한은 그저께 미사일을 발사했다.        | 그저께    | 2025-09-08 | 2025-09-08 | DAY   | ko.day-before-yesterday
            2025-09-10 | 교역은 지난해 크게 늘었다.              | 지난해    | 2024-01-01 | 2024-12-31 | YEAR  | ko.last-year
            2025-09-10 | 교역은 작년 크게 늘었다.                | 작년      | 2024-01-01 | 2024-12-31 | YEAR  | ko.last-year
            2025-09-10 | 교역은 올해 크게 늘었다.                | 올해      | 2025-01-01 | 2025-12-31 | YEAR  | ko.this-year
            2025-09-10 | 교역은 내년에 늘어날 전망이다.          | 내년에    | 2026-01-01 | 2026-12-31 | YEAR  | ko.next-year
            2025-09-10 | 협정은 지난달 체결됐다.                 | 지난달    | 2025-08-01 | 2025-08-31 | MONTH | ko.last-month
            2025-09-10 | 협의는 지난주 진행됐다.                 | 지난주    | 2025-09-01 | 2025-09-07 | DAY   | ko.last-week
            2025-09-10 | 장관은 3일 전 도착했다.                 | 3일 전    | 2025-09-07 | 2025-09-07 | DAY   | ko.days-ago
            2025-09-10 | 장관은 이틀 전 도착했다.                | 이틀 전   | 2025-09-08 | 2025-09-08 | DAY   | ko.days-ago
            2025-09-10 | 조약은 2년 전 체결됐다.                 | 2년 전    | 2023-01-01 | 2023-12-31 | YEAR  | ko.years-ago
            """)
    void deictic(String published, String sentence, String text, String from, String to, DatePrecision precision,
                 String rule) {
        assertOnly("ko", published, sentence, text, from, to, precision, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            북한은 2000명의 병력을 파견했다.
            병력 1,000명과 포탄 12,000발이 도착했다.
            교역은 20% 늘었다.
            G20 정상회의는 합의 없이 끝났다.
            훈련은 3일간 진행됐다.
            훈련은 3일 동안 진행됐다.
            훈련은 5일째 계속됐다.
            오늘날 북러 관계는 달라졌다.
            그제야 회담이 시작됐다.
            조약은 6월 31일 체결됐다.
            다음날 대표단이 떠났다.
            양측은 6개월 동안 협상했다.
            """)
    void notDates(String sentence) {
        assertNone("ko", "2025-09-10", sentence);
    }
}
