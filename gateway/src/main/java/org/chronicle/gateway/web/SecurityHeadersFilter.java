package org.chronicle.gateway.web;

import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every answer, the services' and the gateway's own errors included: no MIME sniffing, no
 * framing, no referrer, and a content security policy. The two pages (/ops and the analysts' page at /) may load
 * their own scripts, styles and data only, with no inline code; every other answer (JSON, CSV, iCal) may load
 * nothing, so a response opened in a browser cannot run anything. HSTS is sent on HTTPS requests only.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final Set<String> ANALYST_PAGE = Set.of("/", "/index.html", "/app.js", "/app.css");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean page = ANALYST_PAGE.contains(path) || path.equals("/ops") || path.startsWith("/ops/")
                || path.startsWith("/webjars/");
        boolean https = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", page ? PAGE_POLICY : DATA_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }
}
