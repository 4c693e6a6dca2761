package org.chronicle.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void abbreviationsAndNumericDatesDoNotEndSentences() {
        String body = "Визит состоялся 19.06.2024 г. в Пхеньяне. Путин провёл переговоры с Ким Чен Ыном.";
        assertThat(Sentences.split(body, "ru")).extracting(Sentence::text).containsExactly(
                "Визит состоялся 19.06.2024 г. в Пхеньяне.", "Путин провёл переговоры с Ким Чен Ыном.");
        assertThat(Sentences.split("Mr. Lavrov arrived on Oct. 18. He met Choe Son Hui.", "en"))
                .extracting(Sentence::text).containsExactly("Mr. Lavrov arrived on Oct. 18.", "He met Choe Son Hui.");
    }

    @Test
    void koreanAndItalianSentencesAndParagraphsSplitWithOffsetsIntoTheBody() {
        String body = "김정은 위원장이 평양에서 푸틴 대통령을 맞이했다. 두 정상은 조약에 서명했다.\nTitolo senza punto\nL’esercito russo ha riferito in aprile. Poi?";
        List<Sentence> sentences = Sentences.split(body, null);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "김정은 위원장이 평양에서 푸틴 대통령을 맞이했다.", "두 정상은 조약에 서명했다.", "Titolo senza punto",
                "L’esercito russo ha riferito in aprile.", "Poi?");
        for (Sentence s : sentences) {
            assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void blankBodiesHaveNoSentences() {
        assertThat(Sentences.split(" \n\n ", "it")).isEmpty();
    }
}
