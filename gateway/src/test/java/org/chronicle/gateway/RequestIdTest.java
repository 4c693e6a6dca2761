package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

class RequestIdTest extends GatewayIntegrationTest {

    @Test
    void aMissingRequestIdIsGeneratedSentDownstreamAndEchoedOnce() throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = send(request("/api/articles?marker=" + marker).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Request-Id")).hasSize(1);
        String generated = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(generated).toString()).isEqualTo(generated);
        FakeUpstream.Received received = ARTICLES.awaitRequestId(generated, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.query()).isEqualTo("marker=" + marker);
    }

    @Test
    void aGivenRequestIdIsPropagatedAndEchoed() throws Exception {
        String id = "client.trace:" + UUID.randomUUID();

        HttpResponse<String> response = send(request("/api/timeline").header("X-Request-Id", id).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(id);
        assertThat(TIMELINE.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow().headerValues("X-Request-Id"))
                .containsExactly(id);
    }

    @Test
    void anUnsafeRequestIdIsReplaced() throws Exception {
        String unsafe = "x".repeat(101);

        HttpResponse<String> response = send(request("/api/entities").header("X-Request-Id", unsafe).build());

        assertThat(response.statusCode()).isEqualTo(200);
        String replaced = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(replaced).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
        assertThat(ENTITIES.awaitRequestId(replaced, Duration.ofSeconds(2))).isPresent();
        assertThat(ENTITIES.withRequestId(unsafe)).isEmpty();
    }

    @Test
    void gatewayProblemsCarryTheRequestId() throws Exception {
        String id = "problem-" + UUID.randomUUID();

        HttpResponse<String> response = send(request("/nowhere").header("X-Request-Id", id).build());

        assertThat(assertProblem(response, 404).path("requestId").asText()).isEqualTo(id);
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(id);
    }
}
