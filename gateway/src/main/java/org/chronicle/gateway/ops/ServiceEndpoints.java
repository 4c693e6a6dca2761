package org.chronicle.gateway.ops;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronicle.gateway.config.ServiceInstances;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where each service's instances listen: the same lists the gateway's load balancer uses
 * ({@code ARTICLE_SERVICE_URI} and so on), so the page checks exactly the upstreams the gateway forwards to.
 */
@Component
public class ServiceEndpoints {

    public static final String ARTICLE_SERVICE = "article-service";
    public static final String ENTITY_SERVICE = "entity-service";
    public static final String TIMELINE_SERVICE = "timeline-service";

    private final ServiceInstances instances;

    public ServiceEndpoints(ServiceInstances instances) {
        this.instances = instances;
    }

    /** Service name to the base URI of its first configured instance. */
    public Mono<Map<String, URI>> byService() {
        Map<String, URI> first = new LinkedHashMap<>();
        for (String service : List.of(ARTICLE_SERVICE, ENTITY_SERVICE, TIMELINE_SERVICE)) {
            instances.uris(service).stream().findFirst().ifPresent(uri -> first.put(service, uri));
        }
        return Mono.just(first);
    }

    /** Every configured instance of a service. */
    public List<URI> instancesOf(String service) {
        return instances.uris(service);
    }
}
