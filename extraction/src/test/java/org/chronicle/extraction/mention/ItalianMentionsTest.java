package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItalianMentionsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Il presidente russo Vladimir Putin ha inviato gli auguri di Capodanno al leader "
                        + "nordcoreano Kim Jong Un", List.of("russo=russia", "Vladimir Putin=putin",
                        "nordcoreano=nk", "Kim Jong Un=kim")),
                Arguments.of("le truppe ucraine erano state completamente espulse dalla regione di Kursk",
                        List.of("ucraine=ukraine", "regione di Kursk=kursk")),
                Arguments.of("le relazioni bilaterali tra Mosca e Pyongyang",
                        List.of("Mosca=moscow", "Pyongyang=pyongyang")),
                Arguments.of("nel respingere l’incursione ucraina su larga scala nella regione di Kursk",
                        List.of("ucraina=ukraine", "regione di Kursk=kursk")),
                Arguments.of("il sostegno dell’Ucraina e la difesa dell'Ucraina, poi l'Ucraina",
                        List.of("Ucraina=ukraine", "Ucraina=ukraine", "Ucraina=ukraine")),
                Arguments.of("In un telegramma pubblicato giovedì dall’agenzia di stampa centrale coreana (KCNA), "
                        + "Putin ha affermato", List.of("agenzia di stampa centrale coreana=kcna", "KCNA=kcna",
                        "Putin=putin")),
                Arguments.of("l’assistenza militare della Corea del Nord", List.of("Corea del Nord=nk")),
                Arguments.of("IL “ingresso eroico” dei soldati nordcoreani in battaglia",
                        List.of("nordcoreani=nk")),
                Arguments.of("Le autorità russe hanno promesso di erigere un monumento a Mosca",
                        List.of("russe=russia", "Mosca=moscow")),
                Arguments.of("L’esercito russo ha riferito in aprile", List.of("russo=russia")),
                Arguments.of("il leader Kim Jong-un e la Russia", List.of("Kim Jong-un=kim", "Russia=russia")),
                Arguments.of("Kursk è stata liberata", List.of("Kursk=kursk")),
                Arguments.of("le soldatesse nordcoreane", List.of("nordcoreane=nk")),
                // nothing to link: a flood in Italy, a fly ("mosca") and a Russian salad in lower case
                Arguments.of("Le forti piogge hanno causato inondazioni in Emilia-Romagna e in Toscana, dove una "
                        + "mosca ha infastidito i soccorritori", List.of()),
                Arguments.of("Il kimchi non è un piatto italiano", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void links(String sentence, List<String> expected) {
        assertThat(Fixture.linked(sentence, "it")).containsExactlyElementsOf(expected);
    }
}
