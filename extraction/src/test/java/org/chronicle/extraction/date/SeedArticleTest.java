package org.chronicle.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article the product was conceived from (seeds/articles/000_397f05aa001151ac.txt): Italian, machine
 * translated, published 2026-01-01T12:00Z, a Thursday.
 */
class SeedArticleTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 1);
    private final DateResolver resolver = new DateResolver();

    @Test
    void weekdayOfAPastReportIsThePublicationDayItself() {
        // "migliorerà" is the future of the reported statement; the main verb "ha affermato" is past
        String sentence = "In un telegramma pubblicato giovedì dall’agenzia di stampa centrale coreana (KCNA), Putin ha "
                + "affermato che la relazione migliorerà “contribuire a stabilire un giusto ordine nel mondo "
                + "multipolare”.";
        assertThat(resolver.resolve(sentence, "it", PUBLISHED))
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::to, ResolvedDate::precision,
                        ResolvedDate::rule, ResolvedDate::anchor, ResolvedDate::tense)
                .containsExactly(tuple("giovedì", PUBLISHED, PUBLISHED, DatePrecision.DAY, "it.weekday", PUBLISHED,
                        Tense.PAST));
    }

    @Test
    void monthOfAPastReportIsTheLastAprilBeforePublication() {
        String sentence = "L’esercito russo ha riferito in aprile che le truppe ucraine erano state completamente "
                + "espulse dalla regione di Kursk, riconoscendo per la prima volta il ruolo delle truppe nordcoreane "
                + "nell’operazione.";
        assertThat(resolver.resolve(sentence, "it", PUBLISHED))
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::to, ResolvedDate::precision,
                        ResolvedDate::rule, ResolvedDate::anchor, ResolvedDate::tense)
                .containsExactly(tuple("in aprile", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                        DatePrecision.MONTH, "it.month", PUBLISHED, Tense.PAST));
    }

    @Test
    void monthAndYearIsOneExpression() {
        String sentence = "Firmato nel giugno del 2024, l’accordo storico embrace una clausola di difesa reciproca, "
                + "secondo la quale se una delle parti è soggetta a un accordo “invasione armata”, l’altro lo farà "
                + "“fornire assistenza militare e di altro tipo… senza indugio”.";
        List<ResolvedDate> dates = resolver.resolve(sentence, "it", PUBLISHED);
        assertThat(dates)
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::to, ResolvedDate::precision,
                        ResolvedDate::rule, ResolvedDate::anchor)
                .containsExactly(tuple("nel giugno del 2024", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30),
                        DatePrecision.MONTH, "it.month-year", null));
        assertThat(sentence.substring(dates.get(0).start(), dates.get(0).end())).isEqualTo("nel giugno del 2024");
    }

    @Test
    void yearWithArticle() {
        String sentence = "Il presidente russo ha inviato un telegramma al chief della Corea del Nord, affermando che "
                + "il 2025 ha un “significato speciale” per le relazioni tra i due paesi.";
        assertThat(resolver.resolve(sentence, "it", PUBLISHED))
                .extracting(ResolvedDate::text, ResolvedDate::from, ResolvedDate::to, ResolvedDate::precision,
                        ResolvedDate::rule, ResolvedDate::anchor)
                .containsExactly(tuple("il 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        DatePrecision.YEAR, "it.year", null));
    }

    /** The rest of the article names no date ("l’anno trascorso", "Capodanno" are left alone). */
    @Test
    void otherSentencesOfTheArticle() {
        String[] sentences = {
                "Il presidente russo Vladimir Putin ha inviato gli auguri di Capodanno al chief nordcoreano Kim Jong "
                        + "Un, salutando l’anno trascorso come uno dei migliori “significato speciale” per le relazioni "
                        + "bilaterali tra Mosca e Pyongyang e un approfondimento del partenariato strategico.",
                "“L’ultimo anno è stato di particolare significato nelle relazioni tra Mosca e Pyongyang”, Lo ha "
                        + "detto il presidente russo, citando l’apprezzamento di Mosca per l’assistenza militare della "
                        + "Corea del Nord nel respingere l’incursione ucraina su larga scala nella regione di Kursk.",
                "Le autorità russe hanno promesso di erigere un monumento a Mosca ai soldati schierati da Pyongyang "
                        + "che furono uccisi mentre difendevano il territorio russo.",
                "Il chief russo ha espresso fiducia nel fatto che Mosca e Pyongyang continueranno la loro "
                        + "cooperazione costruttiva, prendendo atto del rafforzamento dei legami in campo politico, "
                        + "commerciale, economico, umano e in altri campi."};
        for (String sentence : sentences) {
            assertThat(resolver.resolve(sentence, "it", PUBLISHED)).as(sentence).isEmpty();
        }
    }
}
