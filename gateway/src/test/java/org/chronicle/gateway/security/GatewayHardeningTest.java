package org.chronicle.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.chronicle.gateway.web.SecurityHeadersFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Keys only in headers and never in logs, bounded headers, security headers everywhere, a minimal actuator. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayHardeningTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    private double inQuery() {
        return meters.get(ApiKeyAuthenticationFilter.FAILURES_METER).tag("reason", "in_query").counter().count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_key", "apikey", "API-KEY", "x-api-key", "key"})
    void aKeyInTheQueryStringIsRefusedAndNeverForwarded(String parameter) throws Exception {
        double before = inQuery();
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/timeline?" + parameter + "=whatever")
                .header("X-Request-Id", id).build());

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("detail").asText()).contains("X-Api-Key header").doesNotContain("exposed");
        assertThat(inQuery()).isEqualTo(before + 1);
        Thread.sleep(100);
        assertThat(TIMELINE.withRequestId(id)).isEmpty();
    }

    @Test
    void aConfiguredKeyUnderAnyParameterNameIsCalledExposed(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(request("/api/articles?q=" + EDITOR_KEY).header("X-Api-Key", EDITOR_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("detail").asText()).contains("exposed");
        assertThat(response.body()).doesNotContain(EDITOR_KEY);
        assertThat(output.getAll()).doesNotContain(EDITOR_KEY).doesNotContain(ADMIN_KEY);
    }

    @Test
    void keysNeverReachTheLogs(CapturedOutput output) throws Exception {
        send(request("/api/entities").header("X-Api-Key", EDITOR_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
        send(request("/api/admin/replay").header("X-Api-Key", EDITOR_KEY)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        send(request("/api/admin/replay").header("X-Api-Key", ADMIN_KEY + "-wrong")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(output.getAll()).contains("/api/admin/replay")
                .doesNotContain(EDITOR_KEY).doesNotContain(ADMIN_KEY);
    }

    @Test
    void headersBeyondTheLimitGet431ProblemJsonAndFarBeyondStill431() throws Exception {
        String id = newRequestId();
        HttpResponse<String> oversized = send(request("/api/timeline").header("X-Request-Id", id)
                .header("X-Padding", "p".repeat(20_000)).build());
        JsonNode problem = assertProblem(oversized, 431);
        assertThat(problem.path("detail").asText()).contains("16384");
        Thread.sleep(100);
        assertThat(TIMELINE.withRequestId(id)).isEmpty();

        HttpResponse<String> huge = send(request("/api/timeline").header("X-Padding", "p".repeat(100_000)).build());
        assertThat(huge.statusCode()).as("beyond Netty's own cap").isEqualTo(431);

        assertThat(send(request("/api/timeline").build()).statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() throws Exception {
        HttpResponse<String> proxied = send(request("/api/timeline").build());
        HttpResponse<String> refused = send(request("/api/articles").POST(HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> unknown = send(request("/nowhere").build());
        HttpResponse<String> page = send(request("/").build());

        for (HttpResponse<String> response : new HttpResponse[] {proxied, refused, unknown, page}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        }
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(proxied.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.DATA_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.PAGE_POLICY);
    }

    @Test
    void onlyHealthAndPrometheusAreExposedAndHealthShowsNoDetails() throws Exception {
        for (String endpoint : new String[] {"env", "info", "metrics", "beans", "configprops", "heapdump", "loggers",
                                             "mappings", "threaddump", "gateway/routes"}) {
            assertThat(send(request("/actuator/" + endpoint).build()).statusCode()).as(endpoint).isEqualTo(404);
        }
        assertThat(send(request("/actuator/prometheus").build()).statusCode()).as("loopback may scrape")
                .isEqualTo(200);
        HttpResponse<String> health = send(request("/actuator/health").build());
        assertThat(json(health.body()).has("components")).isFalse();
    }

    @Test
    void forgedActorAndForwardingHeadersDoNotChangeWhoIsActing() throws Exception {
        String id = newRequestId();
        send(request("/api/entities").header("X-Request-Id", id).header("X-Api-Key", EDITOR_KEY)
                .header("X-Chronicle-Actor", "ops").header("X-Forwarded-For", "10.0.0.1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());

        assertThat(ENTITIES.awaitRequestId(id, java.time.Duration.ofSeconds(2))).hasValueSatisfying(received ->
                assertThat(received.headerValues("X-Chronicle-Actor")).containsExactly("editor"));
    }
}
