package org.chronicle.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseReaderTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            it | Putin ha affermato che la relazione migliorerà.                          | PAST
            it | L’esercito russo ha riferito che le truppe erano state espulse.          | PAST
            it | Le truppe sono state completamente espulse dalla regione.                | PAST
            it | Il trattato fu firmato a Pyongyang.                                      | PAST
            it | Kim firmò il trattato a Pyongyang.                                       | PAST
            it | La delegazione arrivava a Mosca.                                         | PAST
            it | E' stato firmato un accordo.                                             | PAST
            it | Il vertice si terrà a Mosca.                                             | FUTURE
            it | La relazione migliorerà.                                                 | FUTURE
            it | Il ministro dovrebbe arrivare a Pyongyang.                               | FUTURE
            it | Il presidente sta per partire.                                           | FUTURE
            it | La visita è prevista per giugno.                                         | FUTURE
            it | Le truppe stanno avanzando verso Kursk.                                  | PRESENT
            it | Il trattato sul partenariato strategico.                                 | UNKNOWN
            it | L’esercito e il partito del mercato.                                     | UNKNOWN
            en | Putin said the relationship will improve.                                | PAST
            en | Shoigu met Kim in Pyongyang.                                             | PAST
            en | The treaty was signed in Pyongyang.                                      | PAST
            en | Russia has deployed troops.                                              | PAST
            en | North Korea launched a missile.                                          | PAST
            en | Kim will visit Moscow.                                                   | FUTURE
            en | Kim is expected to visit Moscow.                                         | FUTURE
            en | Kim is going to visit Moscow.                                            | FUTURE
            en | Russia plans to open a bridge.                                           | FUTURE
            en | The summit, to be held in Moscow, is a first.                            | FUTURE
            en | Troops are advancing toward Kursk.                                       | PRESENT
            en | The political will of the armed forces of the United Nations.            | UNKNOWN
            ru | Путин заявил, что отношения улучшатся.                                   | PAST
            ru | Переговоры состоялись в Москве.                                          | PAST
            ru | Учения прошли у границы.                                                 | PAST
            ru | Стороны не смогли договориться.                                          | PAST
            ru | Визит состоится в Москве.                                                | FUTURE
            ru | Переговоры будут проходить в Москве.                                     | FUTURE
            ru | Шойгу посетит Пхеньян.                                                   | FUTURE
            ru | Посол генерал в Сеуле.                                                   | UNKNOWN
            ko | 북한과 러시아는 평양에서 조약을 체결했다.                                  | PAST
            ko | 김 위원장은 회담 결과를 밝혔다.                                             | PAST
            ko | 회담은 모스크바에서 열렸다.                                                 | PAST
            ko | 김 위원장은 러시아를 방문할 예정이다.                                       | FUTURE
            ko | 양측은 협력을 확대할 것이라고 전망된다.                                      | FUTURE
            ko | 북한은 병력을 파견하고 있다.                                               | PRESENT
            ko | 평양에 대사관이 있다.                                                      | UNKNOWN
            de | Putin hat gesagt.                                                        | UNKNOWN
            """)
    void sentence(String language, String sentence, Tense expected) {
        assertThat(TenseReader.read(sentence, language)).isEqualTo(expected);
    }

    /** The main reporting verb decides the sentence, not the future in the reported statement. */
    @Test
    void mainReportingVerbOverReportedFuture() {
        String seed = "In un telegramma pubblicato giovedì dall’agenzia di stampa centrale coreana (KCNA), Putin ha "
                + "affermato che la relazione migliorerà “contribuire a stabilire un giusto ordine nel mondo "
                + "multipolare”.";
        assertThat(TenseReader.read(seed, "it")).isEqualTo(Tense.PAST);
        assertThat(TenseReader.read("Kim will visit Moscow in April, the Kremlin said.", "en"))
                .isEqualTo(Tense.PAST);
    }

    @Test
    void eachDateReadsItsOwnClause() {
        String it = "Putin ha affermato giovedì che la relazione migliorerà a giugno.";
        assertThat(at(it, "it", "giovedì")).isEqualTo(Tense.PAST);
        assertThat(at(it, "it", "a giugno")).isEqualTo(Tense.FUTURE);

        String en = "Kim Jong Un met Putin in Vladivostok in April, and the two will meet again in June.";
        assertThat(at(en, "en", "in April")).isEqualTo(Tense.PAST);
        assertThat(at(en, "en", "in June")).isEqualTo(Tense.FUTURE);

        String ru = "Путин заявил в среду, что визит состоится в апреле.";
        assertThat(at(ru, "ru", "в среду")).isEqualTo(Tense.PAST);
        assertThat(at(ru, "ru", "в апреле")).isEqualTo(Tense.FUTURE);

        // Korean: the verb after the date governs it
        String ko = "김 위원장은 19일 기자들에게 내년 4월 러시아를 방문할 예정이라고 밝혔다.";
        assertThat(at(ko, "ko", "내년 4월")).isEqualTo(Tense.FUTURE);
        assertThat(TenseReader.read(ko, "ko")).isEqualTo(Tense.PAST);
    }

    /** "pubblicato giovedì": a bare participle right before a date is that date's tense. */
    @Test
    void participleBeforeTheDate() {
        String it = "Firmato nel giugno del 2024, l’accordo prevede che l’altro lo farà.";
        assertThat(at(it, "it", "nel giugno del 2024")).isEqualTo(Tense.PAST);
    }

    @Test
    void willAsAFutureSwallowsItsVerb() {
        assertThat(at("The treaty will be signed on Wednesday.", "en", "on Wednesday")).isEqualTo(Tense.FUTURE);
        assertThat(at("Il trattato sarà firmato giovedì.", "it", "giovedì")).isEqualTo(Tense.FUTURE);
    }

    @Test
    void noSentenceNoTense() {
        assertThat(TenseReader.read(null, "it")).isEqualTo(Tense.UNKNOWN);
        assertThat(TenseReader.read("", "en")).isEqualTo(Tense.UNKNOWN);
        assertThat(TenseReader.read("Kim will visit Moscow.", null)).isEqualTo(Tense.UNKNOWN);
    }

    private static Tense at(String sentence, String language, String expression) {
        int start = sentence.indexOf(expression);
        assertThat(start).as("«%s» in «%s»", expression, sentence).isNotNegative();
        return TenseReader.readAt(sentence, language, start, start + expression.length());
    }
}
