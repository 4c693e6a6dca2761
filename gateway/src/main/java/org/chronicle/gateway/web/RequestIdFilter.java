package org.chronicle.gateway.web;

import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token, a UUID otherwise.
 * The id goes downstream (replacing the caller's header) and back in the response, exactly once.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(RequestContext.REQUEST_ID_HEADER);
        String requestId = RequestContext.isSafeToken(incoming) ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(RequestContext.REQUEST_ID_ATTR, requestId);

        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestContext.REQUEST_ID_HEADER, requestId))
                .build();
        ServerHttpResponse response = exchange.getResponse();
        // set at commit time so it replaces the copy the service echoes back instead of duplicating it
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestContext.REQUEST_ID_HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_ID;
    }
}
