package org.chronicle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTest {

    @Test
    void theRatioIsTheValueOverTheBaselineAndTargetsSayWhetherTheyAreMet() {
        Result gateway = Result.against("gateway.throughput", 300, "req/s", 1000).target(Result.Target.RATIO, ">=", 0.6);
        assertThat(gateway.ratio()).isEqualTo(0.3);
        assertThat(gateway.met()).isFalse();
        assertThat(gateway.target()).isEqualTo("ratio >= 0.6");

        Result lag = Result.of("lag.p99", 249.5, "ms").target(Result.Target.VALUE, "<", 250);
        assertThat(lag.met()).isTrue();
        assertThat(lag.ratio()).isNull();
        assertThat(Result.of("lag.p99", 250, "ms").target(Result.Target.VALUE, "<", 250).met()).isFalse();
    }

    @Test
    void valuesKeepThreeOrFourSignificantDigits() {
        assertThat(Result.round(1234.567)).isEqualTo(1234.6);
        assertThat(Result.round(12.3456)).isEqualTo(12.35);
        assertThat(Result.round(0.123456)).isEqualTo(0.1235);
    }
}
