package org.chronicle.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private final DateResolver resolver = new DateResolver();

    @Test
    void datesComeInTextOrderWithOffsets() {
        String sentence = "Il 19 giugno 2024 Putin è arrivato a Pyongyang; ieri e nel 2025 sono seguiti altri incontri.";
        List<ResolvedDate> dates = resolver.resolve(sentence, "it", LocalDate.of(2025, 9, 10));
        assertThat(dates).extracting(ResolvedDate::text).containsExactly("Il 19 giugno 2024", "ieri", "nel 2025");
        for (ResolvedDate date : dates) {
            assertThat(sentence.substring(date.start(), date.end())).isEqualTo(date.text());
        }
    }

    @Test
    void theLongestOverlappingExpressionWins() {
        assertThat(resolver.resolve("Firmato nel giugno del 2024 a Pyongyang.", "it", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::text).containsExactly("nel giugno del 2024");
        assertThat(resolver.resolve("Signed on Wednesday, June 19, 2024.", "en", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::text).containsExactly("on Wednesday, June 19, 2024");
        assertThat(resolver.resolve("조약은 지난해 6월 체결됐다.", "ko", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::text).containsExactly("지난해 6월");
    }

    /** An invalid date hides what is inside it: "31 giugno 2024" is not read as "giugno 2024". */
    @Test
    void anInvalidDateYieldsNothing() {
        assertThat(resolver.resolve("Firmato il 31 giugno 2024.", "it", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(resolver.resolve("Signed on 31.06.2024.", "en", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(resolver.resolve("Signed on 29 February 2023.", "en", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(resolver.resolve("Signed on 29 February 2024.", "en", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::from).containsExactly(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            it | Firmato il 19.06.2024 a Pyongyang.        | 19.06.2024 | num.day-month-year
            it | Firmato il 2024-06-19 a Pyongyang.        | 2024-06-19 | num.year-month-day
            en | Signed 2024-06-19 in Pyongyang.           | 2024-06-19 | num.year-month-day
            en | Signed 6/19/2024 in Pyongyang.            | 6/19/2024  | num.month-day-year
            en | Signed 19/6/2024 in Pyongyang.            | 19/6/2024  | num.day-month-year
            ru | Подписан 19.06.2024 в Пхеньяне.           | 19.06.2024 | num.day-month-year
            ru | Подписан 19/06/2024 в Пхеньяне.           | 19/06/2024 | num.day-month-year
            ko | 조약은 2024.06.19 체결됐다.               | 2024.06.19 | num.year-month-day
            de | Unterzeichnet am 19.06.2024 in Pjöngjang. | 19.06.2024 | num.day-month-year
            fr | Signé le 2024-06-19 à Pyongyang.          | 2024-06-19 | num.year-month-day
            """)
    void numericDatesInEveryLanguage(String language, String sentence, String text, String rule) {
        assertThat(resolver.resolve(sentence, language, LocalDate.of(2025, 1, 1)))
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::rule, ResolvedDate::anchor)
                .containsExactly(org.assertj.core.api.Assertions.tuple(text, LocalDate.of(2024, 6, 19), rule, null));
    }

    @Test
    void anotherLanguageGetsOnlyNumericDates() {
        String sentence = "Am 19. Juni 2024, am Mittwoch, und am 20.06.2024 in Pjöngjang.";
        assertThat(resolver.resolve(sentence, "de", LocalDate.of(2025, 1, 1)))
                .extracting(ResolvedDate::text).containsExactly("20.06.2024");
        assertThat(resolver.resolve(sentence, null, LocalDate.of(2025, 1, 1)))
                .extracting(ResolvedDate::text).containsExactly("20.06.2024");
    }

    @Test
    void ambiguousEnglishSlashDatesAreLeftAlone() {
        assertThat(resolver.resolve("Signed 6/7/2024.", "en", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void languageTagsAreReadAsTheirLanguage() {
        assertThat(resolver.resolve("Kim è arrivato ieri.", "it-IT", LocalDate.of(2025, 9, 10)))
                .extracting(ResolvedDate::rule).containsExactly("it.yesterday");
        assertThat(resolver.resolve("Kim arrived yesterday.", "EN", LocalDate.of(2025, 9, 10)))
                .extracting(ResolvedDate::rule).containsExactly("en.yesterday");
    }

    @Test
    void emptyInput() {
        assertThat(resolver.resolve(null, "it", LocalDate.of(2025, 9, 10))).isEmpty();
        assertThat(resolver.resolve("", "it", LocalDate.of(2025, 9, 10))).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> resolver.resolve("ieri", "it", null));
    }

    /** Absolute dates are never shifted, whatever the tense. */
    @Test
    void absoluteDatesIgnoreTense() {
        assertThat(resolver.resolve("Il vertice si terrà il 19 giugno 2027.", "it", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::from, ResolvedDate::tense)
                .containsExactly(org.assertj.core.api.Assertions.tuple(LocalDate.of(2027, 6, 19), Tense.FUTURE));
        assertThat(resolver.resolve("The plan was approved for June 2027.", "en", LocalDate.of(2026, 1, 1)))
                .extracting(ResolvedDate::from).containsExactly(LocalDate.of(2027, 6, 1));
    }

    // ------------------------------------------------------------------ the date before

    @Test
    void followingDayNeedsADateBefore() {
        LocalDate published = LocalDate.of(2025, 9, 10);
        assertThat(resolver.resolve("Il giorno dopo la delegazione è ripartita.", "it", published)).isEmpty();

        ResolvedDate before = resolver.resolve("Kim è arrivato il 6 agosto.", "it", published).get(0);
        assertThat(resolver.resolve("Il giorno dopo la delegazione è ripartita.", "it", published, before))
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::rule, ResolvedDate::anchor)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Il giorno dopo", LocalDate.of(2025, 8, 7),
                        "it.following-day", LocalDate.of(2025, 8, 6)));
    }

    @Test
    void followingDayUsesTheDateBeforeItInTheSameSentence() {
        ResolvedDate elsewhere = resolver.resolve("Kim arrived on 1 May 2025.", "en", LocalDate.of(2025, 9, 10))
                .get(0);
        assertThat(resolver.resolve("Talks opened on 19 June 2024 and ended the following day.", "en",
                LocalDate.of(2025, 9, 10), elsewhere))
                .extracting(ResolvedDate::text, ResolvedDate::from)
                .containsExactly(org.assertj.core.api.Assertions.tuple("on 19 June 2024", LocalDate.of(2024, 6, 19)),
                        org.assertj.core.api.Assertions.tuple("the following day", LocalDate.of(2024, 6, 20)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            it | Il giorno prima era arrivato Lavrov.          | 2024-06-18 | it.previous-day
            en | The day before, Lavrov had arrived.           | 2024-06-18 | en.previous-day
            ru | На следующий день делегация уехала.           | 2024-06-20 | ru.following-day
            ru | Накануне прибыл Лавров.                       | 2024-06-18 | ru.previous-day
            ko | 다음날 대표단이 떠났다.                        | 2024-06-20 | ko.following-day
            ko | 전날 라브로프 장관이 도착했다.                 | 2024-06-18 | ko.previous-day
            ko | 이날 양측은 조약에 서명했다.                   | 2024-06-19 | ko.same-day
            """)
    void anaphoraInEveryLanguage(String language, String sentence, LocalDate expected, String rule) {
        ResolvedDate before = new ResolvedDate("19 June 2024", 0, 12, LocalDate.of(2024, 6, 19),
                LocalDate.of(2024, 6, 19), DatePrecision.DAY, "en.day-month-year", null, Tense.PAST);
        assertThat(resolver.resolve(sentence, language, LocalDate.of(2024, 6, 25), before))
                .extracting(ResolvedDate::from, ResolvedDate::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple(expected, rule));
    }

    @Test
    void followingDayOfAMonthIsNoDay() {
        ResolvedDate june = resolver.resolve("Kim arrived in June 2024.", "en", LocalDate.of(2025, 9, 10)).get(0);
        assertThat(resolver.resolve("He left the following day.", "en", LocalDate.of(2025, 9, 10), june)).isEmpty();
    }

    // ------------------------------------------------------------------ tense decides direction

    /**
     * Whatever the publication day, a relative date in a past statement never starts after it, and one in a future
     * statement never ends before it.
     */
    @Test
    void pastNeverAfterPublicationFutureNeverBefore() {
        String[][] past = {
                {"it", "Kim è arrivato giovedì."}, {"it", "Kim è arrivato il 6 agosto."},
                {"it", "Kim è arrivato in aprile."}, {"en", "Kim arrived on Sunday."},
                {"en", "Kim arrived on December 31."}, {"en", "Kim arrived in January."},
                {"ru", "Ким прибыл в пятницу."}, {"ru", "Ким прибыл 29 февраля."}, {"ru", "Ким прибыл в июле."},
                {"ko", "김 위원장은 31일 도착했다."}, {"ko", "김 위원장은 월요일에 도착했다."},
                {"ko", "김 위원장은 12월에 도착했다."}, {"ko", "김 위원장은 2월 29일 도착했다."}};
        String[][] future = {
                {"it", "Kim arriverà giovedì."}, {"it", "Kim arriverà il 6 agosto."}, {"it", "Kim arriverà in aprile."},
                {"en", "Kim will arrive on Sunday."}, {"en", "Kim will arrive on December 31."},
                {"ru", "Ким посетит Москву в пятницу."}, {"ru", "Визит состоится в июле."},
                {"ko", "김 위원장은 31일 도착할 예정이다."}, {"ko", "김 위원장은 12월에 도착할 예정이다."}};
        for (LocalDate published = LocalDate.of(2023, 12, 20); published.isBefore(LocalDate.of(2025, 3, 10));
             published = published.plusDays(1)) {
            for (String[] s : past) {
                List<ResolvedDate> dates = resolver.resolve(s[1], s[0], published);
                assertThat(dates).as("%s on %s", s[1], published).hasSize(1);
                assertThat(dates.get(0).tense()).isEqualTo(Tense.PAST);
                assertThat(dates.get(0).from()).as("%s on %s", s[1], published).isBeforeOrEqualTo(published);
            }
            for (String[] s : future) {
                List<ResolvedDate> dates = resolver.resolve(s[1], s[0], published);
                assertThat(dates).as("%s on %s", s[1], published).hasSize(1);
                assertThat(dates.get(0).tense()).isEqualTo(Tense.FUTURE);
                assertThat(dates.get(0).to()).as("%s on %s", s[1], published).isAfterOrEqualTo(published);
            }
        }
    }

    /** No cue: read as past, since news mostly reports what happened. */
    @Test
    void unknownTenseResolvesLikeThePast() {
        List<ResolvedDate> dates = resolver.resolve("Kim a Mosca a dicembre.", "it", LocalDate.of(2026, 1, 1));
        assertThat(dates).extracting(ResolvedDate::tense, ResolvedDate::from)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Tense.UNKNOWN, LocalDate.of(2025, 12, 1)));
    }

    /** A present progressive takes the nearest occurrence. */
    @Test
    void presentTakesTheNearest() {
        // published Wednesday 2025-06-18: Thursday is tomorrow, not six days ago
        assertThat(resolver.resolve("Kim is visiting Moscow on Thursday.", "en", LocalDate.of(2025, 6, 18)))
                .extracting(ResolvedDate::tense, ResolvedDate::from)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Tense.PRESENT, LocalDate.of(2025, 6, 19)));
    }

    @Test
    void safeToShareBetweenThreads() {
        String sentence = "Le esercitazioni si sono svolte dall'8 al 13 ottobre, giovedì e nel giugno del 2024.";
        LocalDate published = LocalDate.of(2024, 10, 20);
        List<ResolvedDate> expected = resolver.resolve(sentence, "it", published);
        assertThat(expected).hasSize(3);
        assertThat(IntStream.range(0, 2_000).parallel().mapToObj(i -> resolver.resolve(sentence, "it", published)))
                .allMatch(expected::equals);
    }
}
