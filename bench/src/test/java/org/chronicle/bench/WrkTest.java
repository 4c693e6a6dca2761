package org.chronicle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String OUTPUT = """
            Running 8s test @ http://127.0.0.1:18080/api/timeline?limit=20
              1 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    12.73ms   15.20ms 210.47ms   90.10%
                Req/Sec   320.10     80.22   470.00     70.00%
              Latency Distribution
                 50%  850.00us
                 75%   11.43ms
                 90%   30.01ms
                 99%    1.20s
              2553 requests in 8.00s, 86.64MB read
              Non-2xx or 3xx responses: 3
              Socket errors: connect 0, read 1, write 0, timeout 2
            Requests/sec:    318.94
            Transfer/sec:     10.83MB
            """;

    @Test
    void readsRateLatencyInAnyUnitAndFailures() {
        Wrk.Run run = Wrk.parse(OUTPUT);
        assertThat(run.requestsPerSecond()).isEqualTo(318.94);
        assertThat(run.p50Millis()).isEqualTo(0.85);
        assertThat(run.p99Millis()).isEqualTo(1200.0);
        assertThat(run.requests()).isEqualTo(2553);
        assertThat(run.failures()).isEqualTo(6);
    }
}
