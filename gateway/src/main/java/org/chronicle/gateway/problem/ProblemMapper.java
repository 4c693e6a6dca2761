package org.chronicle.gateway.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns whatever went wrong while handling a request into the problem the caller sees. Details are
 * written for callers: they never contain exception messages of unexpected failures or stack traces.
 */
@Component
public class ProblemMapper {

    /** The gateway's health probes run every 2 s: by then a restarted instance is back in the rotation. */
    private static final java.util.Map<String, String> RETRY_AFTER = java.util.Map.of("Retry-After", "2");

    public Problem map(ServerWebExchange exchange, Throwable error) {
        GatewayProblemException refusal = find(error, GatewayProblemException.class);
        if (refusal != null) {
            return new Problem(refusal.status(), refusal.title(), refusal.detail(), refusal.headers());
        }
        String service = serviceName(exchange);
        if (isUnreachable(error)) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The " + service + " is not reachable; try again shortly.", RETRY_AFTER);
        }
        if (find(error, java.util.concurrent.TimeoutException.class) != null
                || find(error, org.springframework.cloud.gateway.support.TimeoutException.class) != null
                || find(error, io.netty.handler.timeout.ReadTimeoutException.class) != null) {
            return gatewayTimeout(service);
        }
        ResponseStatusException statusError = find(error, ResponseStatusException.class);
        if (statusError != null) {
            return fromStatus(exchange, statusError.getStatusCode(), service);
        }
        // a service that dies mid-answer closes the connection (premature close) or resets it (an IOException)
        if (find(error, PrematureCloseException.class) != null || find(error, java.io.IOException.class) != null) {
            return new Problem(HttpStatus.BAD_GATEWAY, "Bad gateway",
                    "The " + service + " closed the connection before answering; a write may or may not have "
                            + "been stored, so read it back before sending it again.");
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The gateway could not process the request; quote the request id when reporting it.");
    }

    private Problem fromStatus(ServerWebExchange exchange, HttpStatusCode code, String service) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case NOT_FOUND -> new Problem(status, "Not found", "No route for " + exchange.getRequest().getMethod()
                    + " " + exchange.getRequest().getPath().value() + ".");
            case GATEWAY_TIMEOUT -> gatewayTimeout(service);
            case SERVICE_UNAVAILABLE -> new Problem(status, "Service unavailable",
                    "The " + service + " is not available; try again shortly.", RETRY_AFTER);
            case METHOD_NOT_ALLOWED -> new Problem(status, "Method not allowed",
                    exchange.getRequest().getMethod() + " is not supported here.");
            default -> new Problem(status, status.getReasonPhrase(),
                    status.is5xxServerError()
                            ? "The gateway could not process the request; quote the request id when reporting it."
                            : "The request could not be processed: " + status.getReasonPhrase() + ".");
        };
    }

    private static Problem gatewayTimeout(String service) {
        return new Problem(HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout",
                "The " + service + " did not answer in time.");
    }

    private static boolean isUnreachable(Throwable error) {
        // netty's AnnotatedConnectException and ConnectTimeoutException both extend ConnectException
        return find(error, ConnectException.class) != null
                || find(error, NoRouteToHostException.class) != null
                || find(error, UnknownHostException.class) != null
                || find(error, UnresolvedAddressException.class) != null;
    }

    private static String serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return "upstream service";
        }
        Object service = route.getMetadata().get("service");
        return service != null ? service.toString() : route.getId() + " service";
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return null;
    }
}
