package org.chronicle.gateway.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronicle.gateway.web.FilterOrder;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Times every routed request, errors included, in {@code chronicle.gateway.route.latency{route}} with a client-side
 * 95th percentile, so the operator page can show requests/s and p95 per route without a Prometheus server.
 * Requests that never reach a route (refused keys, unknown paths, the page itself) are not counted.
 */
@Component
public class RouteLatencyRecorder implements WebFilter, Ordered {

    public static final String TIMER = "chronicle.gateway.route.latency";
    static final String STREAM = "/api/timeline/stream";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RouteLatencyRecorder(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (STREAM.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange); // a live stream lasts minutes: its duration is no latency
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            if (route != null) {
                timer(route.getId()).record(Duration.ofNanos(System.nanoTime() - start));
            }
        });
    }

    Timer timer(String routeId) {
        return timers.computeIfAbsent(routeId, id -> Timer.builder(TIMER)
                .description("Routed requests through the gateway, from arrival to the end of the answer")
                .tag("route", id)
                .publishPercentiles(0.95)
                .distributionStatisticExpiry(Duration.ofMinutes(1))
                .register(registry));
    }

    /** The timers of the routes that have seen traffic. */
    Collection<Timer> timers() {
        return timers.values();
    }

    @Override
    public int getOrder() {
        return FilterOrder.ROUTE_LATENCY;
    }
}
