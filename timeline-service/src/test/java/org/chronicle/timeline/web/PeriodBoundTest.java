package org.chronicle.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.chronicle.timeline.query.InvalidParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodBoundTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-01-01, 2024-12-31",
                "2024-02, 2024-02-01, 2024-02-29",
                "2023-02, 2023-02-01, 2023-02-28",
                "2024-06-19, 2024-06-19, 2024-06-19"})
    void aPeriodWidensToItsFirstAndLastDay(String text, String start, String end) {
        assertThat(PeriodBound.start("from", text)).isEqualTo(LocalDate.parse(start));
        assertThat(PeriodBound.end("to", text)).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024-1", "2024-13", "2024-02-30", "2024/06", "2024-06-19T10:00", "juin 2024"})
    void anythingElseIsRefusedNamingTheParameter(String text) {
        assertThatThrownBy(() -> PeriodBound.start("from", text))
                .isInstanceOf(InvalidParameter.class)
                .hasMessageContaining("'from'")
                .hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void absentIsNoBound(String text) {
        assertThat(PeriodBound.end("to", text)).isNull();
        assertThat(PeriodBound.end("to", null)).isNull();
    }
}
