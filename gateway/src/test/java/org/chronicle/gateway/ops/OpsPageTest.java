package org.chronicle.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator page and its summary, in front of fake services: article-service up, entity-service down,
 * timeline-service answering its actuator and admin endpoints with canned JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsPageTest extends GatewayClientSupport {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    private static final String ADMIN_KEY = "ops-test-admin-key-5e1d9c3a7b";
    private static final String HEALTH_UP = "{\"status\":\"UP\"}";
    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final String LAG_ONLY = """
            # HELP chronicle_timeline_projection_lag_seconds_max From an event's timestamp to its being projected
            # TYPE chronicle_timeline_projection_lag_seconds_max gauge
            chronicle_timeline_projection_lag_seconds_max{application="timeline-service"} 0.25
            chronicle_timeline_projection_lag_seconds_count{application="timeline-service"} 12
            chronicle_timeline_projection_lag_seconds{application="timeline-service",quantile="0.5"} 0.1
            """;

    private static final FakeUpstream ARTICLES = FakeUpstream.start("article-service")
            .answer("/actuator/health", 200, HEALTH_UP);
    private static final String ENTITIES_DOWN = FakeUpstream.closedPortUri();
    private static final FakeUpstream TIMELINE = FakeUpstream.start("timeline-service")
            .answer("/actuator/health", 200, HEALTH_UP)
            .answer(PROMETHEUS, 200, LAG_ONLY)
            .answer("/api/admin/projection", 200, "{\"articles\":51,\"entities\":40,\"entries\":142}")
            .answer("/api/admin/replay", 200, "{\"state\":\"DONE\",\"processed\":900,\"total\":900,"
                    + "\"startedAt\":\"2026-01-01T12:00:00Z\",\"finishedAt\":\"2026-01-01T12:00:03Z\","
                    + "\"error\":\"secret detail\"}")
            .answer("/api/admin/audit", 200, "{\"checkedAggregates\":91,\"gaps\":[{\"aggregateId\":\"a-1\","
                    + "\"aggregateType\":\"Article\",\"storedSequence\":3,\"projectedSequence\":2}],\"inFlight\":0,"
                    + "\"checkedAt\":\"2026-01-01T12:00:05Z\"}");

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("ARTICLE_SERVICE_URI", ARTICLES::uri);
        registry.add("ENTITY_SERVICE_URI", () -> ENTITIES_DOWN);
        registry.add("TIMELINE_SERVICE_URI", TIMELINE::uri);
        registry.add("CHRONICLE_API_KEYS", () -> "ops:admin:" + ADMIN_KEY);
        // the load balancer's own health checks would add to the counted ones: one at start-up, then none
        registry.add("CHRONICLE_GATEWAY_HEALTH_INTERVAL", () -> "1h");
    }

    @AfterAll
    static void stopUpstreams() {
        ARTICLES.close();
        TIMELINE.close();
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = send(request("/ops").header("Accept", "text/html").build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("src=\"/ops/ops.js\"", "href=\"/ops/ops.css\"",
                "src=\"/webjars/chart.js/4.4.7/dist/chart.umd.js\"");
        // no inline code: every script has a src, no style elements or attributes
        assertThat(page.body()).doesNotContain("<style", "style=", "onclick", "<script>");

        HttpResponse<String> script = send(request("/ops/ops.js").build());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(script.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(script.body()).doesNotContain("innerHTML");
        assertThat(send(request("/ops/ops.css").build()).statusCode()).isEqualTo(200);

        HttpResponse<String> chartJs = send(request("/webjars/chart.js/4.4.7/dist/chart.umd.js").build());
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart.js v4.4.7");
    }

    @Test
    void theSummaryReportsServicesTrafficAndTheProjectionWithoutSecrets() throws Exception {
        assertThat(send(request("/api/articles").build()).statusCode()).isEqualTo(200);
        Thread.sleep(1_100); // past the cache of a summary another test may have asked for

        HttpResponse<String> response = send(request("/ops/api/summary").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode summary = json(response.body());
        assertThat(summary.path("services").findValuesAsText("name"))
                .containsExactly("gateway", "article-service", "entity-service", "timeline-service");
        assertThat(summary.path("services").findValues("up")).extracting(JsonNode::asBoolean)
                .containsExactly(true, true, false, true);
        assertThat(summary.path("services").get(2).path("status").asText()).isEqualTo("UNREACHABLE");

        JsonNode articles = summary.path("routes").get(0);
        assertThat(articles.path("route").asText()).isEqualTo("articles");
        assertThat(articles.path("requests").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(articles.path("p95Millis").asDouble()).isPositive();

        JsonNode timeline = summary.path("timeline");
        assertThat(timeline.path("projectionLagSeconds").asDouble()).isEqualTo(0.25);
        assertThat(timeline.path("eventsBehind").isNull()).as("no such meter: null, shown as n/a").isTrue();
        assertThat(timeline.path("projection").path("articles").asLong()).isEqualTo(51);
        assertThat(timeline.path("projection").path("entries").asLong()).isEqualTo(142);
        assertThat(timeline.path("replay").path("state").asText()).isEqualTo("DONE");
        assertThat(timeline.path("replay").path("processed").asLong()).isEqualTo(900);
        assertThat(timeline.path("replay").path("total").asLong()).isEqualTo(900);
        assertThat(timeline.path("audit").path("state").asText()).isEqualTo("CHECKED");
        assertThat(timeline.path("audit").path("gaps").asInt()).isEqualTo(1);
        assertThat(timeline.path("audit").path("checkedAggregates").asInt()).isEqualTo(91);

        assertThat(response.body()).doesNotContain(ADMIN_KEY, "127.0.0.1", "secret detail", "a-1");
        // the gateway asked the service directly, with no key
        assertThat(TIMELINE.received()).filteredOn(r -> r.path().equals("/api/admin/projection")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("X-Api-Key")).isEmpty());
    }

    @Test
    void summariesAreSharedForASecondAndEventsBehindAppearsWhenTheMeterExists() throws Exception {
        Thread.sleep(1_100);
        long healthChecksBefore = healthChecks();
        String first = json(send(request("/ops/api/summary").build()).body()).path("generatedAt").asText();
        for (int i = 0; i < 5; i++) {
            assertThat(json(send(request("/ops/api/summary").build()).body()).path("generatedAt").asText())
                    .isEqualTo(first);
        }
        assertThat(healthChecks() - healthChecksBefore).isEqualTo(1);

        TIMELINE.answer(PROMETHEUS, 200, LAG_ONLY
                + "chronicle_timeline_events_behind{application=\"timeline-service\"} 7.0\n");
        try {
            Thread.sleep(1_100);
            JsonNode summary = json(send(request("/ops/api/summary").build()).body());
            assertThat(summary.path("generatedAt").asText()).isNotEqualTo(first);
            assertThat(summary.path("timeline").path("eventsBehind").asLong()).isEqualTo(7);
        } finally {
            TIMELINE.answer(PROMETHEUS, 200, LAG_ONLY);
        }
    }

    private static long healthChecks() {
        return TIMELINE.received().stream().filter(r -> r.path().equals("/actuator/health")).count();
    }
}
