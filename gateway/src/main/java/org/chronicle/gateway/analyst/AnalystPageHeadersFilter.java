package org.chronicle.gateway.analyst;

import java.util.Set;
import org.chronicle.gateway.ops.OpsPageHeadersFilter;
import org.chronicle.gateway.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The same strict headers as the operator page for the analysts' page and its assets: own scripts and styles only,
 * no inline code, no framing, no MIME sniffing, no referrer.
 */
@Component
public class AnalystPageHeadersFilter implements WebFilter, Ordered {

    static final Set<String> PATHS = Set.of("/", "/index.html", "/app.js", "/app.css");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (PATHS.contains(path)) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", OpsPageHeadersFilter.CONTENT_SECURITY_POLICY);
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
