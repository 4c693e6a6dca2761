package org.chronicle.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The json-logs profile: one JSON object per line, carrying the gateway's request id, the actor and a trace id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("article-log-test"));
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void aRequestsLogLinesAreJsonWithItsRequestIdActorAndTrace(CapturedOutput output) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "req-structured-1");
        headers.set("X-Chronicle-Actor", "ops");
        // a revision of an unknown article: logged by Axon's repository while the request is handled
        http.exchange("/api/articles/00000000-0000-0000-0000-000000000000", org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>("{\"title\":\"t\",\"body\":\"b\",\"url\":\"https://x.org\",\"publishedAt\":\"2026-01-01\"}",
                                 jsonHeaders(headers)), String.class);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\n")) {
            if (line.startsWith("{") && line.contains("req-structured-1")) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).isNotEmpty();
        JsonNode line = lines.get(0);
        assertThat(line.path("requestId").asText()).isEqualTo("req-structured-1");
        assertThat(line.path("actor").asText()).isEqualTo("ops");
        assertThat(line.path("traceId").asText()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(line.has("@timestamp")).isTrue();
        assertThat(line.path("level").asText()).isNotBlank();
    }

    private static HttpHeaders jsonHeaders(HttpHeaders headers) {
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }
}
