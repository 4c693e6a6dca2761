package org.chronicle.gateway.web;

import org.chronicle.gateway.problem.ProblemErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One structured line per request on logger {@code org.chronicle.gateway.access}: method, path, route id,
 * status, duration, request id and actor, as SLF4J key-values and MDC entries (structured log formats such
 * as {@code logging.structured.format.console=ecs} show them as fields) and in the message text.
 * <p>
 * It is also the error boundary: failures inside the chain are rendered here by the problem handler, so
 * the status logged is the status sent. Actuator requests are logged at DEBUG to keep scrapes quiet.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("org.chronicle.gateway.access");

    private final ProblemErrorHandler errorHandler;

    public AccessLogFilter(ProblemErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange)
                .onErrorResume(error -> errorHandler.handle(exchange, error))
                .doFinally(signal -> log(exchange, signal, (System.nanoTime() - start) / 1_000_000));
    }

    private static void log(ServerWebExchange exchange, SignalType signal, long durationMs) {
        String path = exchange.getRequest().getPath().value();
        Level level = path.startsWith("/actuator") ? Level.DEBUG : Level.INFO;
        if (!log.isEnabledForLevel(level)) {
            return;
        }
        String method = exchange.getRequest().getMethod().name();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "-" : route.getId();
        HttpStatusCode statusCode = exchange.getResponse().getStatusCode();
        // a client that hangs up before the answer gets nginx's "client closed request"
        int status = signal == SignalType.CANCEL ? 499 : statusCode == null ? 200 : statusCode.value();
        // the status went out but the body did not: the client saw a broken connection, not this status
        boolean cut = ProblemErrorHandler.answerCut(exchange);
        String requestId = orDash(RequestContext.requestId(exchange));
        String actor = orDash(RequestContext.actor(exchange));
        MDC.put("requestId", requestId);
        MDC.put("actor", actor);
        try {
            log.atLevel(level)
                    .addKeyValue("method", method)
                    .addKeyValue("path", path)
                    .addKeyValue("route", routeId)
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", durationMs)
                    .addKeyValue("requestId", requestId)
                    .addKeyValue("actor", actor)
                    .addKeyValue("cut", cut)
                    .log("method={} path={} route={} status={} durationMs={} requestId={} actor={}{}",
                            method, path, routeId, status, durationMs, requestId, actor, cut ? " cut=true" : "");
        } finally {
            MDC.remove("requestId");
            MDC.remove("actor");
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    @Override
    public int getOrder() {
        return FilterOrder.ACCESS_LOG;
    }
}
