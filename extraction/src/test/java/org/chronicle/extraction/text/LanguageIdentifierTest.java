package org.chronicle.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void tellsTheFourLanguagesApartIncludingMachineTranslatedItalian() {
        assertThat(IDENTIFIER.identify("Il presidente russo ha inviato un telegramma al chief della Corea del Nord, "
                + "affermando che il 2025 ha un “significato speciale” per le relazioni.")).contains("it");
        assertThat(IDENTIFIER.identify("Russia and North Korea signed a comprehensive strategic partnership treaty."))
                .contains("en");
        assertThat(IDENTIFIER.identify("Путин провёл переговоры с Ким Чен Ыном в Пхеньяне.")).contains("ru");
        assertThat(IDENTIFIER.identify("김정은 위원장이 평양에서 푸틴 대통령을 맞이했다.")).contains("ko");
    }

    @Test
    void saysNothingWhenThereIsNothingToTell() {
        assertThat(IDENTIFIER.identify("2024")).isEmpty();
    }
}
