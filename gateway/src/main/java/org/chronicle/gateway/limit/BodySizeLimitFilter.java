package org.chronicle.gateway.limit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.chronicle.gateway.config.GatewayProperties;
import org.chronicle.gateway.problem.GatewayProblemException;
import org.chronicle.gateway.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies at {@code chronicle.gateway.max-body-bytes}. A declared {@code Content-Length} over the
 * cap is refused without forwarding anything; otherwise bytes are counted as they stream to the service and the
 * stream fails as soon as the cap is crossed, which aborts the upstream request (the service never sees a
 * complete body) and answers 413. Nothing is buffered.
 *
 * <p>A declared length up to {@value #DRAINED_MULTIPLE} times the cap is read and discarded before the 413 goes
 * out, and the connection stays open. Answering while the client is still sending and then closing leaves unread
 * bytes in the socket, and the kernel answers those with a reset that can destroy the 413 before the client reads
 * it (CI saw a client get no answer at all). Larger declared bodies are refused at once and the connection closed.
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {

    static final int DRAINED_MULTIPLE = 4;

    private final long maxBytes;

    public BodySizeLimitFilter(GatewayProperties properties) {
        this.maxBytes = properties.maxBodyBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            if (declared <= DRAINED_MULTIPLE * maxBytes) {
                return request.getBody().doOnNext(DataBufferUtils::release).then(Mono.error(tooLarge(false)));
            }
            return Mono.error(tooLarge(true));
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limit(getDelegate().getBody());
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    private Flux<DataBuffer> limit(Flux<DataBuffer> body) {
        return Flux.defer(() -> {
            AtomicLong seen = new AtomicLong();
            return body.handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(true));
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    /** @param unread whether the rest of the body stays unread, so that the connection cannot be reused */
    private GatewayProblemException tooLarge(boolean unread) {
        return new GatewayProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                "Request bodies are limited to " + maxBytes + " bytes.",
                unread ? Map.of(HttpHeaders.CONNECTION, "close") : Map.of());
    }

    @Override
    public int getOrder() {
        return FilterOrder.BODY_LIMIT;
    }
}
