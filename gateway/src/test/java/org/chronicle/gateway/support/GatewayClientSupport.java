package org.chronicle.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real-HTTP helpers for tests that run the gateway on a random port. */
public abstract class GatewayClientSupport {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    protected HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20));
    }

    protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException hang) {
            // the gateway runs in this JVM: its threads at the moment a request hung (RELIABILITY.md, "Left as they
            // are"); a dump from outside (jstack) breaks Surefire's channel to the fork
            java.nio.file.Path dump = java.nio.file.Path.of("target", "hang-dumps",
                    "hang-" + System.currentTimeMillis() + ".txt");
            java.nio.file.Files.createDirectories(dump.getParent());
            StringBuilder threads = new StringBuilder(request.method() + " " + request.uri() + " timed out\n\n");
            for (java.lang.management.ThreadInfo info : java.lang.management.ManagementFactory.getThreadMXBean()
                    .dumpAllThreads(true, true)) {
                threads.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState())
                        .append(info.getLockName() == null ? "" : " on " + info.getLockName())
                        .append(info.getLockOwnerName() == null ? "" : " owned by " + info.getLockOwnerName())
                        .append('\n');
                for (StackTraceElement frame : info.getStackTrace()) {
                    threads.append("\t\tat ").append(frame).append('\n');
                }
                threads.append('\n');
            }
            java.nio.file.Files.writeString(dump, threads);
            System.err.println("request timed out: thread dump in " + dump.toAbsolutePath());
            throw hang;
        }
    }

    protected static String newRequestId() {
        return "test-" + UUID.randomUUID();
    }

    protected static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    /** Asserts an RFC 9457 problem written by the gateway and returns its body. */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://chronicle.example/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("requestId").asText())
                .isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        return problem;
    }
}
