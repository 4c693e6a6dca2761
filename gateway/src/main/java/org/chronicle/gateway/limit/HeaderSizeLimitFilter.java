package org.chronicle.gateway.limit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chronicle.gateway.config.GatewayProperties;
import org.chronicle.gateway.problem.GatewayProblemException;
import org.chronicle.gateway.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses requests whose headers total more than {@code chronicle.gateway.max-header-bytes} with 431
 * problem+json. Netty's own limit ({@code server.max-http-request-header-size}) is set well above this one, so a
 * client normally gets this explained answer; only beyond Netty's limit does it get Netty's bare 431.
 */
@Component
public class HeaderSizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;

    public HeaderSizeLimitFilter(GatewayProperties properties) {
        this.maxBytes = properties.maxHeaderBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long total = 0;
        for (Map.Entry<String, List<String>> header : exchange.getRequest().getHeaders().headerSet()) {
            int name = header.getKey().getBytes(StandardCharsets.UTF_8).length;
            for (String value : header.getValue()) {
                // as on the wire: "name: value\r\n"
                total += name + value.getBytes(StandardCharsets.UTF_8).length + 4;
            }
        }
        if (total > maxBytes) {
            return Mono.error(new GatewayProblemException(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "Request headers too large", "The request's headers total " + total + " bytes; at most "
                            + maxBytes + " are accepted."));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.HEADER_LIMIT;
    }
}
