package org.chronicle.gateway.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chronicle.gateway.ops.OpsSummary.AuditStatus;
import org.chronicle.gateway.ops.OpsSummary.ProjectionCounts;
import org.chronicle.gateway.ops.OpsSummary.ReplayStatus;
import org.chronicle.gateway.ops.OpsSummary.RouteTraffic;
import org.chronicle.gateway.ops.OpsSummary.ServiceHealth;
import org.chronicle.gateway.ops.OpsSummary.TimelineStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Builds the {@link OpsSummary}: health of every service, the gateway's own traffic per route, and timeline-service's
 * projection state, fetched server-side straight from the services (not through the gateway's routes, so no API key
 * is involved and none reaches the page). A summary is reused for {@link #SUMMARY_TTL}, so any number of open pages
 * costs the services one round of calls per second; the consistency audit, an aggregation over the event store, is
 * asked for at most every {@link #AUDIT_TTL}.
 */
@Component
public class OpsSummaryCollector {

    static final Duration SUMMARY_TTL = Duration.ofSeconds(1);
    static final Duration AUDIT_TTL = Duration.ofSeconds(30);
    static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);
    /** Prometheus names of the timer {@code chronicle.timeline.projection.lag} and gauge {@code ...events.behind}. */
    static final String LAG_SAMPLE = "chronicle_timeline_projection_lag_seconds_max";
    static final String EVENTS_BEHIND_SAMPLE = "chronicle_timeline_events_behind";

    private final ServiceEndpoints endpoints;
    private final RouteLatencyRecorder latency;
    private final WebClient http;
    private final Clock clock;
    private final Mono<OpsSummary> cachedSummary;
    private final Mono<AuditStatus> cachedAudit;
    /** Route id to (count, nanoTime) at the previous summary, for the request rate. */
    private final Map<String, long[]> previousCounts = new HashMap<>();
    /** nanoTime of the previous summary, 0 before the first. */
    private long previousSummaryNanos;

    public OpsSummaryCollector(ServiceEndpoints endpoints, RouteLatencyRecorder latency, WebClient.Builder builder) {
        this.endpoints = endpoints;
        this.latency = latency;
        this.clock = Clock.systemUTC();
        HttpClient client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CALL_TIMEOUT.toMillis())
                .responseTimeout(CALL_TIMEOUT);
        this.http = builder.clone().clientConnector(new ReactorClientHttpConnector(client)).build();
        this.cachedSummary = Mono.defer(this::collect).cache(value -> SUMMARY_TTL, error -> Duration.ZERO,
                () -> Duration.ZERO);
        this.cachedAudit = Mono.defer(this::audit).cache(
                audit -> audit.checked() ? AUDIT_TTL : Duration.ofSeconds(5), error -> Duration.ZERO,
                () -> Duration.ZERO);
    }

    /** The current summary, at most {@link #SUMMARY_TTL} old. */
    public Mono<OpsSummary> summary() {
        return cachedSummary;
    }

    private Mono<OpsSummary> collect() {
        return endpoints.byService().flatMap(services -> {
            Mono<List<ServiceHealth>> health = Flux.fromIterable(List.of(ServiceEndpoints.ARTICLE_SERVICE,
                            ServiceEndpoints.ENTITY_SERVICE, ServiceEndpoints.TIMELINE_SERVICE))
                    .flatMapSequential(this::instancesHealth)
                    .collectList()
                    .map(list -> {
                        List<ServiceHealth> all = new ArrayList<>();
                        // it is answering this request
                        all.add(new ServiceHealth("gateway", true, "UP"));
                        all.addAll(list);
                        return all;
                    });
            URI timeline = services.get(ServiceEndpoints.TIMELINE_SERVICE);
            return Mono.zip(health, timeline(timeline))
                    .map(both -> new OpsSummary(clock.instant(), both.getT1(), traffic(), both.getT2()));
        });
    }

    /** One tile per instance; with several, each is named by its address. */
    private Flux<ServiceHealth> instancesHealth(String service) {
        List<URI> instances = endpoints.instancesOf(service);
        if (instances.isEmpty()) {
            return Flux.just(new ServiceHealth(service, false, "UNKNOWN"));
        }
        return Flux.fromIterable(instances).flatMapSequential(uri -> health(instances.size() == 1 ? service
                : service + " " + uri.getHost() + ":" + uri.getPort(), uri));
    }

    private Mono<ServiceHealth> health(String name, URI base) {
        if (base == null) {
            return Mono.just(new ServiceHealth(name, false, "UNKNOWN"));
        }
        return http.get().uri(base.resolve("/actuator/health"))
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .map(body -> body.path("status").asText("UNKNOWN"))
                        .defaultIfEmpty("UNKNOWN")
                        .onErrorReturn("UNKNOWN"))
                .timeout(CALL_TIMEOUT)
                .map(status -> new ServiceHealth(name, "UP".equals(status), status))
                .onErrorResume(error -> Mono.just(new ServiceHealth(name, false, "UNREACHABLE")));
    }

    private synchronized List<RouteTraffic> traffic() {
        long now = System.nanoTime();
        List<RouteTraffic> routes = new ArrayList<>();
        for (Timer timer : latency.timers()) {
            String route = timer.getId().getTag("route");
            long count = timer.count();
            long[] previous = previousCounts.put(route, new long[] {count, now});
            if (previous == null && previousSummaryNanos != 0) {
                // the route's first requests came after the previous summary
                previous = new long[] {0, previousSummaryNanos};
            }
            Double rate = null;
            if (previous != null && now > previous[1]) {
                rate = (count - previous[0]) / ((now - previous[1]) / 1e9);
            }
            Double p95 = null;
            for (ValueAtPercentile percentile : timer.takeSnapshot().percentileValues()) {
                if (percentile.percentile() == 0.95) {
                    p95 = percentile.value(TimeUnit.MILLISECONDS);
                }
            }
            routes.add(new RouteTraffic(route, count, rate, p95));
        }
        routes.sort(Comparator.comparing(RouteTraffic::route));
        previousSummaryNanos = now;
        return routes;
    }

    private Mono<TimelineStatus> timeline(URI base) {
        if (base == null) {
            return Mono.just(new TimelineStatus(null, null, null, null, AuditStatus.unavailable()));
        }
        Mono<String> exposition = http.get().uri(base.resolve("/actuator/prometheus")).retrieve()
                .bodyToMono(String.class).timeout(CALL_TIMEOUT).cache();
        Mono<Double> lag = sample(exposition, LAG_SAMPLE);
        Mono<Double> behind = sample(exposition, EVENTS_BEHIND_SAMPLE);
        Mono<ProjectionCounts> counts = json(base, "/api/admin/projection")
                .map(body -> new ProjectionCounts(body.path("articles").asLong(), body.path("entities").asLong(),
                        body.path("entries").asLong()));
        Mono<ReplayStatus> replay = json(base, "/api/admin/replay")
                .map(body -> new ReplayStatus(body.path("state").asText("UNKNOWN"), body.path("processed").asLong(),
                        body.path("total").asLong(), instant(body.path("startedAt")),
                        instant(body.path("finishedAt"))));
        return Mono.zip(optional(lag), optional(behind), optional(counts), optional(replay))
                .flatMap(t -> {
                    ReplayStatus replayStatus = t.getT4().orElse(null);
                    Mono<AuditStatus> audit = replayStatus != null && "RUNNING".equals(replayStatus.state())
                            ? Mono.just(AuditStatus.paused()) : cachedAudit;
                    return audit.map(auditStatus -> new TimelineStatus(t.getT1().orElse(null),
                            t.getT2().map(Double::longValue).orElse(null), t.getT3().orElse(null), replayStatus,
                            auditStatus));
                });
    }

    private Mono<AuditStatus> audit() {
        return endpoints.byService().mapNotNull(services -> services.get(ServiceEndpoints.TIMELINE_SERVICE))
                .flatMap(base -> json(base, "/api/admin/audit"))
                .map(body -> new AuditStatus("CHECKED", body.path("gaps").size(),
                        body.path("checkedAggregates").asInt(), body.path("inFlight").asInt(),
                        instant(body.path("checkedAt"))))
                .onErrorResume(WebClientResponseException.class, error ->
                        Mono.just(error.getStatusCode().value() == HttpStatus.CONFLICT.value()
                                ? AuditStatus.paused() : AuditStatus.unavailable()))
                .onErrorResume(error -> Mono.just(AuditStatus.unavailable()))
                .defaultIfEmpty(AuditStatus.unavailable());
    }

    private static Mono<Double> sample(Mono<String> exposition, String name) {
        return exposition.flatMap(text -> {
            java.util.OptionalDouble value = PrometheusText.largest(text, name);
            return value.isPresent() ? Mono.just(value.getAsDouble()) : Mono.empty();
        });
    }

    private Mono<JsonNode> json(URI base, String path) {
        return http.get().uri(base.resolve(path)).retrieve().bodyToMono(JsonNode.class).timeout(CALL_TIMEOUT);
    }

    private static <T> Mono<java.util.Optional<T>> optional(Mono<T> value) {
        return value.map(java.util.Optional::of)
                .onErrorResume(error -> Mono.empty())
                .defaultIfEmpty(java.util.Optional.empty());
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
