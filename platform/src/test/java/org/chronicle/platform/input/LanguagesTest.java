package org.chronicle.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void twoLetterCodesInAnyCaseWithdrawnOnesMapped() {
        assertThat(Languages.iso639(" IT ")).contains("it");
        assertThat(Languages.iso639("ko")).contains("ko");
        assertThat(Languages.iso639("iw")).contains("he");
        assertThat(Languages.iso639("in")).contains("id");
        for (String notALanguage : new String[]{"xx", "zz", "ita", "en-US", "klingon", "$ne", "", " "}) {
            assertThat(Languages.iso639(notALanguage)).as(notALanguage).isEmpty();
        }
        assertThat(Languages.iso639(null)).isEmpty();
    }
}
