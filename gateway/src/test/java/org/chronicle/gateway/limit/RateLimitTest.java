package org.chronicle.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway with small buckets in front of a fake service: keys and anonymous clients are limited separately, the
 * 429 is a problem with Retry-After, spoofed forwarding headers do not buy a new bucket, and wrong keys count
 * against the address. Also closes the gateway's metrics to every network but 10/8, so loopback gets 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class RateLimitTest extends GatewayClientSupport {

    private static final FakeUpstream SERVICES = FakeUpstream.start("all-services");
    private static final String EDITOR_A = "rate-editor-a-4c1f9e2b7d";
    private static final String EDITOR_B = "rate-editor-b-8a3d6f0c5e";
    private static final int KEY_BURST = 5;
    private static final int ANONYMOUS_BURST = 3;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("ARTICLE_SERVICE_URI", SERVICES::uri);
        registry.add("ENTITY_SERVICE_URI", SERVICES::uri);
        registry.add("TIMELINE_SERVICE_URI", SERVICES::uri);
        registry.add("CHRONICLE_API_KEYS", () -> "a:editor:" + EDITOR_A + ",b:editor:" + EDITOR_B);
        // refill slowly (1/s) so the tests' own pace does not refill a bucket between requests
        registry.add("chronicle.gateway.rate-limit.key-per-second", () -> 1);
        registry.add("chronicle.gateway.rate-limit.key-burst", () -> KEY_BURST);
        registry.add("chronicle.gateway.rate-limit.anonymous-per-second", () -> 1);
        registry.add("chronicle.gateway.rate-limit.anonymous-burst", () -> ANONYMOUS_BURST);
        registry.add("chronicle.gateway.metrics-allowed-networks", () -> "10.0.0.0/8");
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    private HttpRequest write(String key, String requestId) {
        return request("/api/entities").header("X-Api-Key", key).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"PERSON\",\"name\":\"X\"}")).build();
    }

    private double throttled(String client) {
        return meters.get(RateLimitFilter.THROTTLED_METER).tag("client", client).counter().count();
    }

    @Test
    void aKeyGetsItsBurstThenA429WithRetryAfterAndOtherKeysAreUnaffected() throws Exception {
        double before = throttled("key");
        for (int i = 0; i < KEY_BURST; i++) {
            HttpResponse<String> allowed = send(write(EDITOR_A, newRequestId()));
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue(RateLimitFilter.REMAINING_HEADER))
                    .hasValue(Integer.toString(KEY_BURST - 1 - i));
        }
        String refusedId = newRequestId();
        HttpResponse<String> refused = send(write(EDITOR_A, refusedId));

        JsonNode problem = assertProblem(refused, 429);
        assertThat(problem.path("detail").asText()).contains("'a'").doesNotContain(EDITOR_A);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
        assertThat(refused.headers().firstValue(RateLimitFilter.REMAINING_HEADER)).hasValue("0");
        assertThat(throttled("key")).isEqualTo(before + 1);
        Thread.sleep(100);
        assertThat(SERVICES.withRequestId(refusedId)).as("a throttled request never reaches the service").isEmpty();

        assertThat(send(write(EDITOR_B, newRequestId())).statusCode()).as("another key, another bucket").isEqualTo(200);

        Thread.sleep(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 100);
        assertThat(send(write(EDITOR_A, newRequestId())).statusCode()).as("refilled after Retry-After").isEqualTo(200);
    }

    @Test
    void anonymousClientsAreLimitedByTheirAddressWhateverForwardingHeadersTheySend() throws Exception {
        double before = throttled("anonymous");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ANONYMOUS_BURST + 3; i++) {
            HttpRequest read = request("/api/timeline")
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .header("Forwarded", "for=198.51.100." + i)
                    .header("X-Real-IP", "192.0.2." + i)
                    // a wrong key is no key: it draws from the address's bucket as well
                    .header("X-Api-Key", i % 2 == 0 ? "guess-" + i : EDITOR_A.substring(0, 10))
                    .build();
            statuses.add(send(read).statusCode());
        }
        assertThat(statuses.subList(0, ANONYMOUS_BURST)).containsOnly(200);
        assertThat(statuses.subList(ANONYMOUS_BURST, statuses.size())).containsOnly(429);
        assertThat(throttled("anonymous")).isEqualTo(before + 3);

        assertThat(send(request("/actuator/health").build()).statusCode()).as("probes are never limited")
                .isEqualTo(200);
    }

    @Test
    void metricsAreClosedToClientsOutsideTheAllowedNetworksEvenWithSpoofedHeaders() throws Exception {
        HttpResponse<String> scrape = send(request("/actuator/prometheus").header("X-Forwarded-For", "10.1.2.3")
                .build());
        assertProblem(scrape, 403);
        assertThat(scrape.body()).doesNotContain("jvm_");
        assertThat(send(request("/actuator/health").build()).statusCode()).isEqualTo(200);
    }
}
