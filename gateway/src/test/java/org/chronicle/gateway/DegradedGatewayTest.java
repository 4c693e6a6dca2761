package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A gateway whose services are all down and which has no API key configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DegradedGatewayTest extends GatewayClientSupport {

    private static final String DOWN = FakeUpstream.closedPortUri();

    @DynamicPropertySource
    static void servicesDownAndNoKeys(DynamicPropertyRegistry registry) {
        registry.add("ARTICLE_SERVICE_URI", () -> DOWN);
        registry.add("ENTITY_SERVICE_URI", () -> DOWN);
        registry.add("TIMELINE_SERVICE_URI", () -> DOWN);
        registry.add("CHRONICLE_API_KEYS", () -> "");
    }

    @Test
    void aServiceThatIsDownAnswersAFast503Problem() throws Exception {
        for (String path : new String[] {"/api/articles", "/api/entities/e-1", "/api/timeline?from=2024"}) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(request(path).build());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            JsonNode problem = assertProblem(response, 503);
            assertThat(problem.path("title").asText()).isEqualTo("Service unavailable");
            // "not reachable" while the instance is still listed, "not available" once its health check left it out
            assertThat(problem.path("detail").asText()).matches(".*is not (reachable|available); try again shortly\\.");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void withoutConfiguredKeysEveryWriteIs401AndStartUpWarned(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(request("/api/articles").header("X-Api-Key", "anything-at-all-12345")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertProblem(response, 401);
        assertThat(output.getAll()).containsOnlyOnce("No API key configured");
    }
}
