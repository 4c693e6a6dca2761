package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class AuthenticationTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meterRegistry;

    private double failures(String reason) {
        return meterRegistry.get("chronicle.gateway.auth.failures").tag("reason", reason).counter().count();
    }

    private HttpRequest write(String method, String path, String requestId, String apiKey) {
        HttpRequest.Builder builder = request(path).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"title\":\"Treaty signed\"}"));
        if (apiKey != null) {
            builder.header("X-Api-Key", apiKey);
        }
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void writesWithoutAKeyAre401AndNeverForwarded(String method) throws Exception {
        double before = failures("missing");
        String id = newRequestId();

        HttpResponse<String> response = send(write(method, "/api/articles/a-1", id, null));

        JsonNode problem = assertProblem(response, 401);
        assertThat(problem.path("requestId").asText()).isEqualTo(id);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("ApiKey"));
        assertThat(failures("missing")).isEqualTo(before + 1);
        Thread.sleep(100);
        assertThat(ARTICLES.withRequestId(id)).isEmpty();
    }

    @Test
    void aWrongKeyIs401() throws Exception {
        double before = failures("invalid");
        String id = newRequestId();

        HttpResponse<String> response = send(write("POST", "/api/entities", id, EDITOR_KEY + "x"));

        JsonNode problem = assertProblem(response, 401);
        assertThat(problem.path("title").asText()).isEqualTo("Invalid API key");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.body()).doesNotContain(EDITOR_KEY);
        assertThat(failures("invalid")).isEqualTo(before + 1);
        Thread.sleep(100);
        assertThat(ENTITIES.withRequestId(id)).isEmpty();
    }

    @Test
    void anEditorKeyOnAdminIs403() throws Exception {
        double before = failures("forbidden");
        String id = newRequestId();

        HttpResponse<String> response = send(write("POST", "/api/admin/replay", id, EDITOR_KEY));

        JsonNode problem = assertProblem(response, 403);
        assertThat(problem.path("detail").asText()).contains("admin");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(failures("forbidden")).isEqualTo(before + 1);
        Thread.sleep(100);
        assertThat(TIMELINE.withRequestId(id)).isEmpty();
    }

    @Test
    void adminReadsNeedAnAdminKeyToo() throws Exception {
        assertProblem(send(request("/api/admin/replay").build()), 401);
        assertProblem(send(request("/api/admin/replay").header("X-Api-Key", EDITOR_KEY).build()), 403);
        assertThat(send(request("/api/admin/replay").header("X-Api-Key", ADMIN_KEY).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminKeyIsForwardedAsItsNameWithoutTheKey() throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(write("POST", "/api/admin/replay", id, ADMIN_KEY));

        assertThat(response.statusCode()).isEqualTo(200);
        FakeUpstream.Received received = TIMELINE.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/api/admin/replay");
        assertThat(received.headerValues("X-Chronicle-Actor")).containsExactly("ops");
        assertThat(received.header("X-Api-Key")).isEmpty();
        assertThat(received.headers().values().toString()).doesNotContain(ADMIN_KEY);
    }

    @Test
    void aClientSuppliedActorIsReplacedByTheKeysName() throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(request("/api/articles").header("X-Request-Id", id)
                .header("X-Api-Key", EDITOR_KEY).header("X-Chronicle-Actor", "ops")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\"}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeUpstream.Received received = ARTICLES.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.headerValues("X-Chronicle-Actor")).containsExactly("editor");
        assertThat(received.header("X-Api-Key")).isEmpty();
        assertThat(received.headers().values().toString()).doesNotContain(EDITOR_KEY);
    }

    @Test
    void openReadsDropAClientSuppliedActor() throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(request("/api/timeline").header("X-Request-Id", id)
                .header("X-Chronicle-Actor", "ops").build());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeUpstream.Received received = TIMELINE.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.header("X-Chronicle-Actor")).isEmpty();
    }

    @Test
    void openReadsWithAValidKeyCarryTheActorButNotTheKey() throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(request("/api/entities").header("X-Request-Id", id)
                .header("X-Api-Key", EDITOR_KEY).build());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeUpstream.Received received = ENTITIES.awaitRequestId(id, Duration.ofSeconds(2)).orElseThrow();
        assertThat(received.headerValues("X-Chronicle-Actor")).containsExactly("editor");
        assertThat(received.header("X-Api-Key")).isEmpty();
    }

    @Test
    void anEditorKeyCanWriteArticlesAndEntities() throws Exception {
        String articleId = newRequestId();
        String entityId = newRequestId();

        assertThat(send(write("PUT", "/api/articles/a-1", articleId, EDITOR_KEY)).statusCode()).isEqualTo(200);
        assertThat(send(write("DELETE", "/api/entities/e-1/aliases/ru/Путин", entityId, EDITOR_KEY)).statusCode())
                .isEqualTo(200);

        assertThat(ARTICLES.awaitRequestId(articleId, Duration.ofSeconds(2)).orElseThrow().method()).isEqualTo("PUT");
        assertThat(ENTITIES.awaitRequestId(entityId, Duration.ofSeconds(2)).orElseThrow().method()).isEqualTo("DELETE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/timeline/../admin/replay",
            "/api/timeline/%2e%2e/admin/replay",
            "/api/timeline/..;/admin/replay",
            "/api/timeline/x%2F..%2F..%2Fadmin%2Freplay",
            "/api/timeline//admin/replay",
            "/api/timeline;a=b/x"})
    void pathsAServletContainerWouldRewriteAreRefused(String path) throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(write("POST", path, id, EDITOR_KEY));

        assertProblem(response, 400);
        Thread.sleep(100);
        assertThat(TIMELINE.withRequestId(id)).isEmpty();
    }
}
