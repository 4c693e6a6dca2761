package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class RoutingTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meterRegistry;

    @Test
    void articleReadsReachTheArticleServiceWithoutAKey() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/articles?q=putin&limit=5").header("X-Request-Id", id).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("service").asText()).isEqualTo("article-service");
        FakeUpstream.Received received = ARTICLES.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/api/articles");
        assertThat(received.query()).isEqualTo("q=putin&limit=5");
        assertThat(ENTITIES.withRequestId(id)).isEmpty();
        assertThat(TIMELINE.withRequestId(id)).isEmpty();
    }

    @Test
    void entityReadsReachTheEntityService() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/entities/e-42/events").header("X-Request-Id", id).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("service").asText()).isEqualTo("entity-service");
        assertThat(ENTITIES.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow().path()).isEqualTo("/api/entities/e-42/events");
        assertThat(ARTICLES.withRequestId(id)).isEmpty();
    }

    @Test
    void timelineReadsReachTheTimelineService() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/timeline?from=2024-06&entity=Putin").header("X-Request-Id", id).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("service").asText()).isEqualTo("timeline-service");
        FakeUpstream.Received received = TIMELINE.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.path()).isEqualTo("/api/timeline");
        assertThat(received.query()).isEqualTo("from=2024-06&entity=Putin");
    }

    @Test
    void adminRequestsReachTheTimelineService() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/admin/replay")
                .header("X-Request-Id", id).header("X-Api-Key", ADMIN_KEY).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("service").asText()).isEqualTo("timeline-service");
        assertThat(TIMELINE.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow().path()).isEqualTo("/api/admin/replay");
    }

    @Test
    void backendProblemsPassThroughUnchanged() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/articles/conflict")
                .header("X-Request-Id", id).header("X-Api-Key", EDITOR_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\"}")).build());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEqualTo(FakeUpstream.CONFLICT_BODY);
        assertThat(ARTICLES.awaitRequestId(id, Duration.ofSeconds(2))).isPresent();
    }

    @Test
    void unknownPathsAnswer404Problem() throws Exception {
        HttpResponse<String> response = send(request("/api/unknown/thing").build());

        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.path("detail").asText()).contains("/api/unknown/thing");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/unknown/thing");
    }

    @Test
    void prefixesOnlyMatchWholeSegments() throws Exception {
        assertProblem(send(request("/api/articlesX").build()), 404);
        assertProblem(send(request("/api/administrator").build()), 404);
    }

    @Test
    void slowUpstreamAnswers504WithinTheResponseTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request("/api/timeline/slow").build());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        JsonNode problem = assertProblem(response, 504);
        assertThat(problem.path("detail").asText()).contains("timeline-service");
        assertThat(took).isGreaterThanOrEqualTo(RESPONSE_TIMEOUT.minusMillis(100)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aServiceDyingBeforeItsAnswerIsA502Problem() throws Exception {
        JsonNode problem = assertProblem(send(request("/api/articles/dies-before-answer").build()), 502);
        assertThat(problem.path("detail").asText()).contains("article-service");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aServiceDyingMidAnswerCutsTheClientsConnectionRatherThanFakeAnAnswer(CapturedOutput output)
            throws InterruptedException {
        String id = newRequestId();
        // the status line has gone out already: no problem can replace it, and a complete-looking 201 would lie
        assertThatThrownBy(() -> send(request("/api/articles/dies-mid-answer").header("X-Request-Id", id).build()))
                .isInstanceOf(IOException.class);

        // the client sees the cut before the gateway has finished logging it
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!output.getAll().contains("requestId=" + id + " actor=- cut=true") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(output.getAll())
                .containsOnlyOnce("Answer cut after 201 CREATED was sent for GET /api/articles/dies-mid-answer")
                .contains("requestId=" + id + " actor=- cut=true");
    }

    @Test
    void gatewayRequestMetricsCarryRouteStatusAndApplication() throws Exception {
        assertThat(send(request("/api/entities?q=metrics").build()).statusCode()).isEqualTo(200);

        Timer timer = meterRegistry.find("spring.cloud.gateway.requests")
                .tag("routeId", "entities").tag("status", "OK").tag("application", "gateway").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isPositive();
    }

    @Test
    void prometheusEndpointIsExposed() throws Exception {
        HttpResponse<String> response = send(request("/actuator/prometheus").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("chronicle_gateway_auth_failures_total")
                .contains("application=\"gateway\"");
        assertThat(send(request("/actuator/health").build()).body()).contains("UP");
    }

    @Test
    void queryEncodingIsForwardedVerbatim() throws Exception {
        String id = newRequestId();
        HttpResponse<String> response = send(request("/api/entities?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD&type=PERSON")
                .header("X-Request-Id", id).build());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeUpstream.Received received = ENTITIES.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.query()).isEqualTo("q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD&type=PERSON");
        assertThat(java.net.URLDecoder.decode(received.query(), StandardCharsets.UTF_8)).contains("Путин");
    }
}
