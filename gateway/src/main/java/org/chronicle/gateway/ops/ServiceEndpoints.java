package org.chronicle.gateway.ops;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where each service listens, taken from the gateway's own routes (their {@code service} metadata and URI), so the
 * page checks exactly the upstreams the gateway forwards to ({@code ARTICLE_SERVICE_URI} and so on).
 */
@Component
public class ServiceEndpoints {

    public static final String ARTICLE_SERVICE = "article-service";
    public static final String ENTITY_SERVICE = "entity-service";
    public static final String TIMELINE_SERVICE = "timeline-service";

    private final RouteLocator routes;

    public ServiceEndpoints(RouteLocator routes) {
        this.routes = routes;
    }

    /** Service name to base URI, in route order; the first route naming a service wins. */
    public Mono<Map<String, URI>> byService() {
        return routes.getRoutes()
                .filter(route -> route.getMetadata().get("service") instanceof String)
                .collect(LinkedHashMap::new, (Map<String, URI> map, Route route) ->
                        map.putIfAbsent((String) route.getMetadata().get("service"), route.getUri()));
    }
}
