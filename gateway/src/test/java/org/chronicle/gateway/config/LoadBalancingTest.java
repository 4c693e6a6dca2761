package org.chronicle.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of article-service behind one gateway: requests go round robin to both; once one dies, reads keep
 * answering 200 (a GET that cannot connect is tried on the next instance) and, from the next health probe on, every
 * request goes to the survivor. When both are gone, 503 problem+json at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancingTest extends GatewayClientSupport {

    private static final FakeUpstream FIRST = FakeUpstream.start("article-service-1");
    private static final FakeUpstream SECOND = FakeUpstream.start("article-service-2");

    @DynamicPropertySource
    static void twoInstances(DynamicPropertyRegistry registry) {
        registry.add("ARTICLE_SERVICE_URI", () -> FIRST.uri() + "," + SECOND.uri());
        registry.add("CHRONICLE_GATEWAY_HEALTH_INTERVAL", () -> "300ms");
    }

    @AfterAll
    static void stop() {
        FIRST.close();
        SECOND.close();
    }

    private List<String> reads(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = newRequestId();
            HttpResponse<String> response = send(request("/api/articles?i=" + i).header("X-Request-Id", id).build());
            assertThat(response.statusCode()).as("read %d", i).isEqualTo(200);
            ids.add(id);
        }
        return ids;
    }

    @Test
    void roundRobinWhileBothLiveThenOnlyTheSurvivorAndA503WhenNoneIsLeft() throws Exception {
        List<String> ids = reads(10);
        long onFirst = ids.stream().filter(id -> !FIRST.withRequestId(id).isEmpty()).count();
        long onSecond = ids.stream().filter(id -> !SECOND.withRequestId(id).isEmpty()).count();
        assertThat(onFirst + onSecond).isEqualTo(10);
        assertThat(onFirst).as("round robin").isBetween(4L, 6L);

        FIRST.close();
        // at once: reads that hit the dead instance are retried on the other one
        reads(6);
        Thread.sleep(1000);
        List<String> afterProbe = reads(6);
        assertThat(afterProbe).allMatch(id -> !SECOND.withRequestId(id).isEmpty());
        String write = newRequestId();
        assertThat(send(request("/api/articles").header("X-Request-Id", write).header("X-Api-Key", "none")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode())
                .as("writes need a key; the point is that the gateway still answers").isEqualTo(401);

        SECOND.close();
        Thread.sleep(1000);
        long start = System.nanoTime();
        HttpResponse<String> none = send(request("/api/articles").build());
        assertProblem(none, 503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
