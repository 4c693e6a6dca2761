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
 * cap is refused before any byte is read; otherwise bytes are counted as they stream to the service and the
 * stream fails as soon as the cap is crossed, which aborts the upstream request (the service never sees a
 * complete body) and answers 413. Nothing is buffered.
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;

    public BodySizeLimitFilter(GatewayProperties properties) {
        this.maxBytes = properties.maxBodyBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(tooLarge());
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
                    sink.error(tooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    private GatewayProblemException tooLarge() {
        return new GatewayProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                "Request bodies are limited to " + maxBytes + " bytes.",
                // the rest of the body is not read: the connection cannot be reused
                Map.of(HttpHeaders.CONNECTION, "close"));
    }

    @Override
    public int getOrder() {
        return FilterOrder.BODY_LIMIT;
    }
}
