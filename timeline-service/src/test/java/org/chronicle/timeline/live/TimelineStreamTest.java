package org.chronicle.timeline.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.chronicle.timeline.web.TimelineStreamController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code GET /api/timeline/stream} on a real Tomcat, without Mongo or Axon: a subscriber gets {@code ready}, then
 * every published change as it happens (not buffered until the response ends), and leaves the set when it goes.
 */
@SpringBootTest(classes = TimelineStreamTest.StreamOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chronicle.timeline.stream.heartbeat=200ms", "server.address=127.0.0.1"})
class TimelineStreamTest {

    @Configuration
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
    @Import({TimelineStreamController.class, TimelineStream.class, TimelineChanges.class})
    static class StreamOnly {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TimelineChanges changes;

    @Autowired
    TimelineStream stream;

    @Test
    void subscribersGetEachChangeLiveAndLeaveWhenTheyDisconnect() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/timeline/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();

        assertThat(readUntil(lines, "data:")).contains("event:ready");
        assertThat(stream.clients()).isEqualTo(1);

        changes.publish(TimelineChange.saved("entry-1"));
        List<String> saved = readUntil(lines, "data:");
        assertThat(saved).contains("event:entry-saved", "id:entry-1");
        assertThat(saved).anySatisfy(l -> assertThat(l).contains("\"id\":\"entry-1\"").contains("\"event\":\"entry-saved\""));

        changes.publish(TimelineChange.deleted("entry-2"));
        assertThat(readUntil(lines, "data:")).contains("event:entry-deleted", "id:entry-2");

        changes.publish(TimelineChange.reset());
        assertThat(readUntil(lines, "data:")).contains("event:timeline-reset");

        // heartbeats keep the line open
        assertThat(readUntil(lines, ":keep-alive")).isNotEmpty();

        // the client goes: the next heartbeat fails and the emitter is dropped
        response.body().close();
        reader.interrupt();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stream.clients() > 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(stream.clients()).isZero();
    }

    @Test
    void aFailingListenerDoesNotStopThePublisher() throws Exception {
        TimelineChanges publisher = new TimelineChanges();
        List<TimelineChange> seen = new ArrayList<>();
        AutoCloseable broken = publisher.subscribe(c -> { throw new IllegalStateException("boom"); });
        AutoCloseable good = publisher.subscribe(seen::add);
        publisher.publish(TimelineChange.saved("a"));
        broken.close();
        good.close();
        publisher.publish(TimelineChange.saved("b"));
        assertThat(seen).containsExactly(TimelineChange.saved("a"));
        assertThat(publisher.listenerCount()).isZero();
    }

    private static List<String> readUntil(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        List<String> read = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            read.add(line);
            if (line.startsWith(prefix)) {
                return read;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within 10 s; read " + read);
    }
}
