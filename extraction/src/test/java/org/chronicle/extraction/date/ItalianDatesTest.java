package org.chronicle.extraction.date;

import static org.chronicle.extraction.date.DateAssertions.assertNone;
import static org.chronicle.extraction.date.DateAssertions.assertOnly;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianDatesTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # published | sentence | text | from | to | precision | rule
            2024-06-20 | Il trattato è stato firmato il 19 giugno 2024 a Pyongyang.            | il 19 giugno 2024           | 2024-06-19 | 2024-06-19 | DAY   | it.day-month-year
            2024-06-20 | Il trattato è stato firmato 19 giugno 2024.                           | 19 giugno 2024              | 2024-06-19 | 2024-06-19 | DAY   | it.day-month-year
            2024-06-20 | Firmato mercoledì 19 giugno 2024 a Pyongyang.                         | mercoledì 19 giugno 2024    | 2024-06-19 | 2024-06-19 | DAY   | it.day-month-year
            2025-01-10 | L’accordo è entrato in vigore il 4 dicembre del 2024.                 | il 4 dicembre del 2024      | 2024-12-04 | 2024-12-04 | DAY   | it.day-month-year
            2025-01-10 | Il vertice si è tenuto l'11 settembre 2024.                           | l'11 settembre 2024         | 2024-09-11 | 2024-09-11 | DAY   | it.day-month-year
            2025-01-10 | Le sanzioni valgono dal 1° gennaio 2024.                              | dal 1° gennaio 2024         | 2024-01-01 | 2024-01-01 | DAY   | it.day-month-year
            2025-01-10 | La decisione dell’8 agosto 2024 è stata confermata.                   | dell’8 agosto 2024          | 2024-08-08 | 2024-08-08 | DAY   | it.day-month-year
            2026-01-01 | Il documento è stato pubblicato in giugno 2024.                       | in giugno 2024              | 2024-06-01 | 2024-06-30 | MONTH | it.month-year
            2026-01-01 | Firmato nel giugno del 2024, l’accordo prevede una clausola.          | nel giugno del 2024         | 2024-06-01 | 2024-06-30 | MONTH | it.month-year
            2026-01-01 | Il memorandum è datato giugno 2024.                                   | giugno 2024                 | 2024-06-01 | 2024-06-30 | MONTH | it.month-year
            2026-01-01 | Le truppe sono arrivate all’inizio di novembre 2024.                  | all’inizio di novembre 2024 | 2024-11-01 | 2024-11-30 | MONTH | it.month-year
            2026-01-01 | Le relazioni si sono rafforzate nel 2024.                             | nel 2024                    | 2024-01-01 | 2024-12-31 | YEAR  | it.year
            2026-01-01 | La cooperazione è cresciuta dal 2022.                                 | dal 2022                    | 2022-01-01 | 2022-12-31 | YEAR  | it.year
            2026-01-01 | Il 2025 è stato un anno speciale.                                     | Il 2025                     | 2025-01-01 | 2025-12-31 | YEAR  | it.year
            2026-01-01 | Il piano sarà completato entro la fine del 2027.                      | entro la fine del 2027      | 2027-01-01 | 2027-12-31 | YEAR  | it.year
            2026-01-01 | Tra il 2023 e il 2025 la cooperazione è cresciuta.                    | Tra il 2023 e il 2025       | 2023-01-01 | 2025-12-31 | YEAR  | it.year-range
            2026-01-01 | Il commercio è cresciuto dal 2014 al 2024.                            | dal 2014 al 2024            | 2014-01-01 | 2024-12-31 | YEAR  | it.year-range
            2026-01-01 | I dati del 2024-2025 mostrano una crescita.                           | del 2024-2025               | 2024-01-01 | 2025-12-31 | YEAR  | it.year-range
            2024-10-20 | Le esercitazioni si sono svolte tra l'8 e il 13 ottobre.              | tra l'8 e il 13 ottobre     | 2024-10-08 | 2024-10-13 | DAY   | it.day-range
            2024-10-20 | Le esercitazioni si sono svolte dall'8 al 13 ottobre.                 | dall'8 al 13 ottobre        | 2024-10-08 | 2024-10-13 | DAY   | it.day-range
            2024-10-20 | Le esercitazioni si sono svolte dal 30 settembre al 2 ottobre.        | dal 30 settembre al 2 ottobre | 2024-09-30 | 2024-10-02 | DAY | it.day-range
            2024-10-20 | Le manovre, 8-13 ottobre, sono terminate.                             | 8-13 ottobre                | 2024-10-08 | 2024-10-13 | DAY   | it.day-range
            2025-03-01 | Le esercitazioni si sono svolte dall'8 al 13 ottobre 2024.            | dall'8 al 13 ottobre 2024   | 2024-10-08 | 2024-10-13 | DAY   | it.day-range-year
            2024-10-01 | Le esercitazioni si svolgeranno tra l’8 e il 13 ottobre.              | tra l’8 e il 13 ottobre     | 2024-10-08 | 2024-10-13 | DAY   | it.day-range
            """)
    void absoluteAndRanges(String published, String sentence, String text, String from, String to,
                           DatePrecision precision, String rule) {
        assertOnly("it", published, sentence, text, from, to, precision, rule);
    }

    /** 2026-01-01 is a Thursday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-01-01 | Il messaggio è stato pubblicato giovedì.                 | giovedì           | 2026-01-01 | 2026-01-01 | DAY | it.weekday
            2026-01-01 | Il ministro ha parlato giovedi con i giornalisti.        | giovedi           | 2026-01-01 | 2026-01-01 | DAY | it.weekday
            2026-01-01 | Shoigu è arrivato a Pyongyang martedì.                   | martedì           | 2025-12-30 | 2025-12-30 | DAY | it.weekday
            2026-01-01 | Shoigu arriverà a Pyongyang martedì.                     | martedì           | 2026-01-06 | 2026-01-06 | DAY | it.weekday
            2026-01-01 | Lavrov è partito venerdì scorso.                         | venerdì scorso    | 2025-12-26 | 2025-12-26 | DAY | it.weekday-last
            2026-01-01 | La delegazione è arrivata lo scorso giovedì.             | lo scorso giovedì | 2025-12-25 | 2025-12-25 | DAY | it.weekday-last
            2026-01-01 | Lavrov partirà lunedì prossimo.                          | lunedì prossimo   | 2026-01-05 | 2026-01-05 | DAY | it.weekday-next
            2026-01-01 | Domenica le truppe hanno lasciato la regione.            | Domenica          | 2025-12-28 | 2025-12-28 | DAY | it.weekday
            2025-09-10 | Il missile è stato lanciato il 6 agosto.                 | il 6 agosto       | 2025-08-06 | 2025-08-06 | DAY | it.day-month
            2025-09-10 | Il missile è stato lanciato il 20 settembre.             | il 20 settembre   | 2024-09-20 | 2024-09-20 | DAY | it.day-month
            2025-09-10 | Il vertice si terrà il 20 settembre.                     | il 20 settembre   | 2025-09-20 | 2025-09-20 | DAY | it.day-month
            2025-09-10 | Il vertice si terrà il 6 agosto.                         | il 6 agosto       | 2026-08-06 | 2026-08-06 | DAY | it.day-month
            2026-01-01 | L’incontro è avvenuto il 30 dicembre.                    | il 30 dicembre    | 2025-12-30 | 2025-12-30 | DAY | it.day-month
            2025-09-10 | Il missile è stato lanciato l'8 agosto scorso.           | l'8 agosto scorso | 2025-08-08 | 2025-08-08 | DAY | it.day-month-last
            2025-09-10 | Le forze sono entrate il 6 agosto dello scorso anno.     | il 6 agosto dello scorso anno | 2024-08-06 | 2024-08-06 | DAY | it.day-month-prev-year
            2026-01-01 | L’esercito ha riferito in aprile che la regione è libera. | in aprile        | 2025-04-01 | 2025-04-30 | MONTH | it.month
            2026-01-01 | Kim è arrivato ad aprile.                                | ad aprile         | 2025-04-01 | 2025-04-30 | MONTH | it.month
            2026-01-01 | Le esercitazioni sono iniziate a dicembre.               | a dicembre        | 2025-12-01 | 2025-12-31 | MONTH | it.month
            2026-01-01 | Il vertice si terrà a giugno.                            | a giugno          | 2026-06-01 | 2026-06-30 | MONTH | it.month
            2026-01-01 | Il vertice si terrà a gennaio.                           | a gennaio         | 2026-01-01 | 2026-01-31 | MONTH | it.month
            2025-06-15 | Il vertice si è tenuto a giugno.                         | a giugno          | 2025-06-01 | 2025-06-30 | MONTH | it.month
            2025-06-15 | Le truppe sono arrivate all'inizio di giugno.            | all'inizio di giugno | 2025-06-01 | 2025-06-30 | MONTH | it.month
            2025-06-15 | Le truppe sono arrivate a fine maggio.                   | a fine maggio     | 2025-05-01 | 2025-05-31 | MONTH | it.month
            2025-06-15 | Le truppe sono arrivate nel mese di marzo.               | nel mese di marzo | 2025-03-01 | 2025-03-31 | MONTH | it.month
            2026-01-01 | La visita è avvenuta lo scorso settembre.                | lo scorso settembre | 2025-09-01 | 2025-09-30 | MONTH | it.month-last
            2025-09-10 | La visita è avvenuta lo scorso settembre.                | lo scorso settembre | 2024-09-01 | 2024-09-30 | MONTH | it.month-last
            2026-01-01 | La visita è avvenuta a settembre scorso.                 | a settembre scorso  | 2025-09-01 | 2025-09-30 | MONTH | it.month-last
            2026-01-01 | Il trattato è stato firmato nel giugno dello scorso anno. | nel giugno dello scorso anno | 2025-06-01 | 2025-06-30 | MONTH | it.month-prev-year
            2025-03-01 | Il trattato è stato firmato a giugno dell’anno scorso.   | a giugno dell’anno scorso | 2024-06-01 | 2024-06-30 | MONTH | it.month-prev-year
            2025-03-01 | Il vertice si terrà a giugno di quest’anno.              | a giugno di quest’anno | 2025-06-01 | 2025-06-30 | MONTH | it.month-this-year
            2025-03-01 | Il vertice si terrà il prossimo giugno.                  | il prossimo giugno | 2025-06-01 | 2025-06-30 | MONTH | it.month-next
            """)
    void relativeToPublication(String published, String sentence, String text, String from, String to,
                               DatePrecision precision, String rule) {
        assertOnly("it", published, sentence, text, from, to, precision, rule);
    }

    /** 2025-09-10 is a Wednesday. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-09-10 | Kim è arrivato ieri a Mosca.                       | ieri                | 2025-09-09 | 2025-09-09 | DAY   | it.yesterday
            2025-09-10 | Kim arriva oggi a Mosca.                           | oggi                | 2025-09-10 | 2025-09-10 | DAY   | it.today
            2025-09-10 | Kim arriverà domani a Mosca.                       | domani              | 2025-09-11 | 2025-09-11 | DAY   | it.tomorrow
            2025-09-10 | Kim è arrivato l'altro ieri.                       | l'altro ieri        | 2025-09-08 | 2025-09-08 | DAY   | it.day-before-yesterday
            2025-09-10 | Lo scorso anno il commercio è cresciuto.           | Lo scorso anno      | 2024-01-01 | 2024-12-31 | YEAR  | it.last-year
            2025-09-10 | Il commercio è cresciuto l’anno scorso.            | l’anno scorso       | 2024-01-01 | 2024-12-31 | YEAR  | it.last-year
            2025-09-10 | Il commercio è cresciuto quest'anno.               | quest'anno          | 2025-01-01 | 2025-12-31 | YEAR  | it.this-year
            2025-09-10 | Il commercio crescerà il prossimo anno.            | il prossimo anno    | 2026-01-01 | 2026-12-31 | YEAR  | it.next-year
            2025-09-10 | I dati dello scorso anno sono stati pubblicati.    | dello scorso anno   | 2024-01-01 | 2024-12-31 | YEAR  | it.last-year
            2025-09-10 | L’accordo è stato firmato il mese scorso.          | il mese scorso      | 2025-08-01 | 2025-08-31 | MONTH | it.last-month
            2025-09-10 | Le consultazioni si sono svolte la settimana scorsa. | la settimana scorsa | 2025-09-01 | 2025-09-07 | DAY | it.last-week
            2025-09-10 | Le consultazioni si svolgono questa settimana.     | questa settimana    | 2025-09-08 | 2025-09-14 | DAY   | it.this-week
            2025-09-10 | Il ministro è arrivato tre giorni fa.              | tre giorni fa       | 2025-09-07 | 2025-09-07 | DAY   | it.days-ago
            2025-09-10 | Il trattato è stato firmato due anni fa.           | due anni fa         | 2023-01-01 | 2023-12-31 | YEAR  | it.years-ago
            """)
    void deictic(String published, String sentence, String text, String from, String to, DatePrecision precision,
                 String rule) {
        assertOnly("it", published, sentence, text, from, to, precision, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Nel conflitto sono stati schierati 2000 soldati.
            Sono arrivati 1.000 soldati e 12.000 tonnellate di munizioni.
            Il commercio è cresciuto del 20 per cento.
            Il vertice del G20 si è concluso senza accordo.
            La fortezza fu costruita nel 1850.
            Il trattato fu firmato il 31 giugno 2024.
            Il presidente ha parlato a Mosca con il ministro.
            Il paese ha 25 milioni di abitanti.
            Il giorno dopo la delegazione è ripartita.
            Le parti hanno discusso il 5 per cento del bilancio.
            """)
    void notDates(String sentence) {
        assertNone("it", "2025-09-10", sentence);
    }
}
