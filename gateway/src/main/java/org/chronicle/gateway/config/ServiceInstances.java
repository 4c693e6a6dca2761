package org.chronicle.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The instances of each service, from {@code chronicle.gateway.services.<service-id>}: a comma-separated list of base
 * URIs ({@code ARTICLE_SERVICE_URI=http://a1:8081,http://a2:8081}). Spring Cloud LoadBalancer asks this discovery
 * client for the instances of an {@code lb://} route (round robin, no cache) and gets those whose
 * {@code /actuator/health} did not fail the last two probes, every {@code chronicle.gateway.health-interval}.
 * Instances count as healthy until probes say otherwise, so a fresh gateway routes at once. In Kubernetes the list is one
 * Service name, which balances over ready pods itself. A malformed URI stops start-up.
 * <p>
 * Spring Cloud LoadBalancer's own health-check supplier was tried first; its first use per service builds a child
 * context on a Netty event loop, and requests then hung for the client's full timeout now and then (seen in the
 * gateway's test suite); probing here keeps the request path free of that.
 */
@Component
public class ServiceInstances implements ReactiveDiscoveryClient, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceInstances.class);

    private final Map<String, List<ServiceInstance>> instances = new LinkedHashMap<>();
    /** consecutive failed probes per instance; two in a row take it out, one success brings it back */
    private final Map<String, Integer> failedProbes = new ConcurrentHashMap<>();
    private final Disposable probing;

    public ServiceInstances(ServiceInstancesProperties properties, WebClient.Builder http) {
        properties.services().forEach((serviceId, list) -> instances.put(serviceId, parse(serviceId, list)));
        WebClient client = http.build();
        Duration interval = properties.healthInterval();
        this.probing = Flux.interval(interval, interval)
                .flatMap(tick -> Flux.fromIterable(instances.values()).flatMapIterable(list -> list)
                        .flatMap(instance -> probe(client, instance, interval)))
                .subscribe();
    }

    private Mono<Void> probe(WebClient client, ServiceInstance instance, Duration interval) {
        Duration timeout = interval.compareTo(Duration.ofSeconds(2)) < 0 ? interval : Duration.ofSeconds(2);
        return client.get().uri(instance.getUri().resolve("/actuator/health"))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value() == 200))
                .timeout(timeout)
                .onErrorReturn(false)
                .doOnNext(up -> {
                    boolean before = isHealthy(instance);
                    failedProbes.merge(instance.getInstanceId(), up ? 0 : 1, (old, one) -> one == 0 ? 0 : old + 1);
                    if (before != isHealthy(instance)) {
                        log.info("instance.health service={} instance={} healthy={}", instance.getServiceId(),
                                instance.getUri(), !before);
                    }
                })
                .then();
    }

    @Override
    public void destroy() {
        probing.dispose();
    }

    private static List<ServiceInstance> parse(String serviceId, String list) {
        List<ServiceInstance> parsed = new ArrayList<>();
        for (String item : list.split(",")) {
            String text = item.trim();
            if (text.isEmpty()) {
                continue;
            }
            URI uri = URI.create(text);
            boolean secure = "https".equals(uri.getScheme());
            if (!secure && !"http".equals(uri.getScheme()) || uri.getHost() == null
                    || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
                throw new IllegalArgumentException("chronicle.gateway.services." + serviceId + ": '" + text
                        + "' is not an http(s)://host[:port] base URI");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
            parsed.add(new DefaultServiceInstance(serviceId + "@" + uri.getHost() + ":" + port, serviceId,
                    uri.getHost(), port, secure));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("chronicle.gateway.services." + serviceId + " lists no instance");
        }
        return List.copyOf(parsed);
    }

    /** Base URIs of a service's instances, in configuration order; empty for an unknown service. */
    public List<URI> uris(String serviceId) {
        return instances.getOrDefault(serviceId, List.of()).stream().map(ServiceInstance::getUri).toList();
    }

    @Override
    public String description() {
        return "Chronicle's configured service instances";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.getOrDefault(serviceId, List.of()))
                .filter(this::isHealthy);
    }

    /** One slow answer on a loaded machine is not a dead instance: two failed probes in a row are. */
    private boolean isHealthy(ServiceInstance instance) {
        return failedProbes.getOrDefault(instance.getInstanceId(), 0) < 2;
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }

    @Override
    public int getOrder() {
        // ahead of Spring Cloud's SimpleReactiveDiscoveryClient in the composite
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
