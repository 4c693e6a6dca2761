package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Random;
import org.chronicle.gateway.support.FakeUpstream;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

class BodyLimitTest extends GatewayIntegrationTest {

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** A body without a known length: the client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new SlowStream(bytes));
    }

    private HttpRequest post(String requestId, HttpRequest.BodyPublisher body) {
        return request("/api/articles").header("X-Request-Id", requestId).header("X-Api-Key", EDITOR_KEY)
                .header("Content-Type", "application/octet-stream").POST(body).build();
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AndNeverForwarded() throws Exception {
        String id = newRequestId();

        HttpResponse<String> response = send(post(id, HttpRequest.BodyPublishers.ofByteArray(randomBytes(MAX_BODY_BYTES + 1))));

        assertThat(assertProblem(response, 413).path("detail").asText()).contains(String.valueOf(MAX_BODY_BYTES));
        // read and discarded before the answer (a close with unread bytes can reset the 413 away), so kept open
        assertThat(response.headers().firstValue("Connection")).isNotEqualTo(java.util.Optional.of("close"));
        Thread.sleep(200);
        assertThat(ARTICLES.withRequestId(id)).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndTheServiceNeverGetsItWhole() throws Exception {
        String id = newRequestId();
        byte[] body = randomBytes(MAX_BODY_BYTES * 4);

        HttpResponse<String> response = send(post(id, chunked(body)));

        assertProblem(response, 413);
        // the gateway streams: the service got at most the limit before the stream broke off, or (when the limit was
        // crossed before the load balancer had connected) nothing at all; never the whole body
        java.util.Optional<FakeUpstream.Received> received = ARTICLES.awaitRequestId(id, Duration.ofSeconds(2));
        received.ifPresent(partial -> {
            assertThat(partial.bodyComplete()).isFalse();
            assertThat(partial.bodyBytes()).isLessThanOrEqualTo(MAX_BODY_BYTES);
        });
        assertThat(ARTICLES.withRequestId(id)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void bodiesUnderTheLimitPassIntact() throws Exception {
        byte[] body = randomBytes(MAX_BODY_BYTES);
        String declared = newRequestId();
        String streamed = newRequestId();

        assertThat(send(post(declared, HttpRequest.BodyPublishers.ofByteArray(body))).statusCode()).isEqualTo(200);
        assertThat(send(post(streamed, chunked(body))).statusCode()).isEqualTo(200);

        FakeUpstream.Received withLength = ARTICLES.awaitRequestId(declared, Duration.ofSeconds(2)).orElseThrow();
        assertThat(withLength.bodyComplete()).isTrue();
        assertThat(sha256(withLength.body())).isEqualTo(sha256(body));
        FakeUpstream.Received withoutLength = ARTICLES.awaitRequestId(streamed, Duration.ofSeconds(2)).orElseThrow();
        assertThat(withoutLength.header("Content-Length")).isEmpty();
        assertThat(withoutLength.bodyComplete()).isTrue();
        assertThat(sha256(withoutLength.body())).isEqualTo(sha256(body));
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    /** Hands out the body in small pieces so it really streams through the gateway in several chunks. */
    private static final class SlowStream extends InputStream {
        private final ByteArrayInputStream delegate;

        SlowStream(byte[] bytes) {
            this.delegate = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return delegate.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return delegate.read(buffer, offset, Math.min(length, 4096));
        }
    }
}
