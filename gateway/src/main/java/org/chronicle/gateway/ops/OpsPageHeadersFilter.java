package org.chronicle.gateway.ops;

import org.chronicle.gateway.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers for the operator page and its assets ({@code /ops}, {@code /ops/**}): a strict
 * Content-Security-Policy (own scripts and styles only, no inline code, no framing), no MIME sniffing, no referrer.
 */
@Component
public class OpsPageHeadersFilter implements WebFilter, Ordered {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/ops") || path.startsWith("/ops/")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("X-Frame-Options", "DENY");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.OPS_PAGE_HEADERS;
    }
}
