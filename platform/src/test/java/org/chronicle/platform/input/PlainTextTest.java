package org.chronicle.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void singleLineFieldsTakeWhitespaceButNoOtherControlsBidiOrHalfSurrogates() {
        assertThat(PlainText.lineProblem("Путин в Пхеньяне 😀 한국어 عربي")).isNull();
        assertThat(PlainText.lineProblem("tab\tand\nline\r\nbreaks\u0085")).isNull();
        assertThat(PlainText.lineProblem("nul\u0000")).contains("control character U+0000");
        assertThat(PlainText.lineProblem("esc\u001b[2J")).contains("U+001B");
        assertThat(PlainText.lineProblem("c1\u009b")).contains("U+009B");
        assertThat(PlainText.lineProblem("\u202Eevil")).contains("bidirectional control U+202E");
        assertThat(PlainText.lineProblem("\u2066isolate\u2069")).contains("U+2066");
        assertThat(PlainText.lineProblem("half \uD800 surrogate")).contains("unpaired surrogate (U+D800)");
        assertThat(PlainText.lineProblem("reversed \uDE00\uD83D")).contains("unpaired surrogate (U+DE00)");
        assertThat(PlainText.lineProblem(null)).isNull();
    }

    @Test
    void aBodyTakesLineBreaksTabsAndBidiButNoOtherControls() {
        assertThat(PlainText.textProblem("para\n\n\tindented\r\nrtl \u202Ex\u202C")).isNull();
        assertThat(PlainText.textProblem("vertical\u000Btab")).contains("U+000B");
        assertThat(PlainText.textProblem("bell\u0007")).contains("U+0007");
        assertThat(PlainText.textProblem("x\uDFFF")).contains("unpaired surrogate");
    }

    @Test
    void parameterValuesTakeNoControlAtAll() {
        assertThat(PlainText.valueProblem("plain words, 한국어")).isNull();
        assertThat(PlainText.valueProblem("line\nbreak")).contains("U+000A");
    }

    @Test
    void excerptsAreShortAndShowNoControls() {
        assertThat(PlainText.excerpt("a\u0000b\u202Ec\uD800😀")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD😀");
        assertThat(PlainText.excerpt("x".repeat(100))).isEqualTo("x".repeat(60) + "…");
        assertThat(PlainText.excerpt(null)).isEmpty();
    }
}
