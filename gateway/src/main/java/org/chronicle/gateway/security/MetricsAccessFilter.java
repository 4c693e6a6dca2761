package org.chronicle.gateway.security;

import java.net.InetSocketAddress;
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
 * The gateway is the one public port, so its actuator endpoints other than health (that is, the Prometheus scrape)
 * answer only clients in {@code chronicle.gateway.metrics-allowed-networks}: loopback by default, the scraper's
 * network in a deployment. The TCP peer address decides; {@code X-Forwarded-For} does not. Others get 403.
 */
@Component
public class MetricsAccessFilter implements WebFilter, Ordered {

    private final AllowedNetworks allowed;

    public MetricsAccessFilter(GatewayProperties properties) {
        this.allowed = AllowedNetworks.parse(properties.metricsAllowedNetworks());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean restricted = path.startsWith("/actuator") && !path.equals("/actuator/health")
                && !path.startsWith("/actuator/health/");
        if (restricted) {
            InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
            if (peer == null || !allowed.contains(peer.getAddress())) {
                return Mono.error(new GatewayProblemException(HttpStatus.FORBIDDEN, "Metrics not available",
                        "The gateway's metrics are served only to the networks in "
                                + "CHRONICLE_METRICS_ALLOWED_NETWORKS."));
            }
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.METRICS_ACCESS;
    }
}
