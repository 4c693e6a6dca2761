package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code GET /api/timeline/stream} through the {@code timeline} route: events arrive as the service writes them (the
 * gateway buffers nothing) and a stream that keeps talking outlives the response timeout, which only bounds the wait
 * for the response headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineStreamRoutingTest extends GatewayClientSupport {

    private static final HttpServer TIMELINE = sseServer();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("TIMELINE_SERVICE_URI", () -> "http://127.0.0.1:" + TIMELINE.getAddress().getPort());
        registry.add("CHRONICLE_GATEWAY_RESPONSE_TIMEOUT", () -> "1500ms");
    }

    @AfterAll
    static void stop() {
        TIMELINE.stop(0);
    }

    @Test
    void eventsStreamThroughUnbufferedAndOutliveTheResponseTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request("/api/timeline/stream")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(nextData(in)).isEqualTo("data:{\"n\":1}");
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(firstMillis).as("the first event arrives before the upstream finishes (2.5 s)").isLessThan(2_000);
            assertThat(nextData(in)).isEqualTo("data:{\"n\":2}");
            long secondMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(secondMillis).as("past the 1.5 s response timeout").isGreaterThan(2_000);
        }
    }

    private static String nextData(BufferedReader in) throws Exception {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("data:")) {
                return line;
            }
        }
        return null;
    }

    private static HttpServer sseServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            // the gateway's load balancer routes only to instances whose health check passes
            server.createContext("/actuator/health", exchange -> {
                byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, up.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(up);
                }
            });
            server.createContext("/api/timeline/stream", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    write(out, "event:entry-saved\ndata:{\"n\":1}\n\n");
                    for (int i = 0; i < 5; i++) {
                        Thread.sleep(500);
                        write(out, ":keep-alive\n\n");
                    }
                    write(out, "event:entry-saved\ndata:{\"n\":2}\n\n");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, String text) throws java.io.IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
