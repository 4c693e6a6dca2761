package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnlinkedMentionsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("it", "Il ministro Lavrov ha incontrato Choe Son Hui", List.of("Lavrov", "Choe Son Hui")),
                Arguments.of("it", "Choe Son Hui ha incontrato il ministro Lavrov a Mosca",
                        List.of("Choe Son Hui", "Lavrov")),
                Arguments.of("it", "Il presidente russo Vladimir Putin ha inviato gli auguri di Capodanno al leader "
                        + "nordcoreano Kim Jong Un", List.of()),
                Arguments.of("it", "IL “ingresso eroico” dei soldati nordcoreani", List.of()),
                Arguments.of("it", "Secondo Lavrov, il Cremlino apprezza il sostegno di Pyongyang",
                        List.of("Lavrov", "Cremlino")),
                Arguments.of("it", "Lunedì il ministro degli Esteri Sergei Lavrov è arrivato a Pyongyang",
                        List.of("Sergei Lavrov")),
                Arguments.of("it", "Firmato nel giugno del 2024, l’accordo storico", List.of()),
                Arguments.of("it", "Lavrov è arrivato.", List.of()),
                Arguments.of("it", "ne ha parlato Leonardo da Vinci alla Casa Bianca",
                        List.of("Leonardo da Vinci", "Casa Bianca")),
                Arguments.of("en", "Russia's Foreign Minister Sergei Lavrov met Choe Son Hui on Monday in Moscow",
                        List.of("Sergei Lavrov", "Choe Son Hui")),
                Arguments.of("en", "However, Lavrov said the talks with Osama bin Laden's heirs were over",
                        List.of("Lavrov", "Osama bin Laden")),
                Arguments.of("en", "The Kremlin said Mr. Peskov would attend", List.of("Kremlin", "Peskov")),
                Arguments.of("en", "Putin Meets Kim In Pyongyang As Allies Celebrate", List.of()),
                Arguments.of("en", "In January the Sergei Shoygu visit", List.of()),
                Arguments.of("en", "the talks were hosted by Kim Yo-jong in the capital", List.of("Kim Yo-jong")),
                Arguments.of("ru", "Министр Лавров встретился с Чо Сон Хи в Москве", List.of("Лавров", "Чо Сон Хи")),
                Arguments.of("ru", "В марте Песков заявил, что Кремль готов", List.of("Песков", "Кремль")),
                Arguments.of("ko", "시진핑 주석이 베이징에서 푸틴 대통령을 만났다", List.of("시진핑", "베이징")),
                Arguments.of("ko", "세르게이 쇼이구 국방장관이 평양에 도착했다", List.of()),
                // no word lists for French: only sequences of two or more capitalised words
                Arguments.of("fr", "Hier, le ministre Sergueï Lavrov est arrivé à Berlin",
                        List.of("Sergueï Lavrov")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void keepsProperNamesThatMatchNoEntity(String language, String sentence, List<String> expected) {
        assertThat(Fixture.unlinked(sentence, language)).containsExactlyElementsOf(expected);
    }
}
