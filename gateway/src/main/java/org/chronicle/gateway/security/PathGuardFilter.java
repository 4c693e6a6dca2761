package org.chronicle.gateway.security;

import org.chronicle.gateway.problem.GatewayProblemException;
import org.chronicle.gateway.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses paths that the services' servlet container would normalise into a different path than the one
 * the gateway routed and authorised ({@code /api/timeline/../admin/replay}, {@code %2e%2e}, {@code ..;},
 * encoded slashes, {@code //}). The gateway forwards paths verbatim, so these are the only way to make the
 * gateway's decision and the service's disagree. Answers 400.
 */
@Component
public class PathGuardFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (isAmbiguous(path)) {
            return Mono.error(new GatewayProblemException(HttpStatus.BAD_REQUEST, "Bad request path",
                    "The path contains dot segments, empty segments, encoded slashes or path parameters."));
        }
        return chain.filter(exchange);
    }

    static boolean isAmbiguous(PathContainer path) {
        if (path.value().contains("//")) {
            return true;
        }
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                String decoded = segment.valueToMatch();
                MultiValueMap<String, String> parameters = segment.parameters();
                if (decoded.equals(".") || decoded.equals("..") || decoded.indexOf('/') >= 0
                        || decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0
                        || segment.value().indexOf(';') >= 0 || !parameters.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return FilterOrder.PATH_GUARD;
    }
}
