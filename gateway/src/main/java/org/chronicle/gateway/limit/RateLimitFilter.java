package org.chronicle.gateway.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronicle.gateway.problem.GatewayProblemException;
import org.chronicle.gateway.security.ApiKeyPrincipal;
import org.chronicle.gateway.security.ApiKeyRegistry;
import org.chronicle.gateway.web.FilterOrder;
import org.chronicle.gateway.web.RequestContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limits per client, before authentication so that guessing keys is limited too. The client is
 * the API key's name when a configured key is presented, otherwise the TCP peer address. {@code X-Forwarded-For}
 * and friends are deliberately not consulted: anyone can send them, so they would let a client pick its own
 * bucket. Over the limit: 429 problem+json with {@code Retry-After} (whole seconds, at least 1). Every answer
 * carries {@code X-RateLimit-Remaining}. Actuator endpoints are not limited (probes and scrapes).
 * Refusals are counted in {@code chronicle.gateway.requests.throttled{client=key|anonymous}}.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    public static final String THROTTLED_METER = "chronicle.gateway.requests.throttled";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitProperties limits;
    private final ApiKeyRegistry registry;
    private final Cache<String, Bucket> buckets;
    private final Counter keyThrottled;
    private final Counter anonymousThrottled;

    public RateLimitFilter(RateLimitProperties limits, ApiKeyRegistry registry, MeterRegistry meterRegistry) {
        this.limits = limits;
        this.registry = registry;
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients())
                .expireAfterAccess(limits.idleExpiry()).build();
        this.keyThrottled = throttled(meterRegistry, "key");
        this.anonymousThrottled = throttled(meterRegistry, "anonymous");
        Gauge.builder("chronicle.gateway.rate.limit.clients", buckets, Cache::estimatedSize)
                .description("Clients with a rate-limit bucket in this gateway's memory").register(meterRegistry);
    }

    private static Counter throttled(MeterRegistry registry, String client) {
        return Counter.builder(THROTTLED_METER).description("Requests refused with 429 by the gateway's rate limit")
                .tag("client", client).register(registry);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled() || exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        List<String> presented = exchange.getRequest().getHeaders().getOrEmpty(RequestContext.API_KEY_HEADER);
        Optional<ApiKeyPrincipal> principal = presented.size() == 1
                ? registry.authenticate(presented.get(0)) : Optional.empty();
        Client client = principal.map(p -> Client.key(p.name())).orElseGet(() -> Client.address(exchange));

        Bucket bucket = buckets.get(client.bucketId(), id -> client.keyed()
                ? bucket(limits.keyPerSecond(), limits.keyBurst())
                : bucket(limits.anonymousPerSecond(), limits.anonymousBurst()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        // at commit: the routing filter replaces the headers with the service's
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
            return Mono.empty();
        });
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        (client.keyed() ? keyThrottled : anonymousThrottled).increment();
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        long perSecond = client.keyed() ? limits.keyPerSecond() : limits.anonymousPerSecond();
        long burst = client.keyed() ? limits.keyBurst() : limits.anonymousBurst();
        return Mono.error(new GatewayProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                client.description() + " may make " + perSecond + " requests per second (bursts of " + burst
                        + "); retry after " + retryAfterSeconds + " s.",
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))));
    }

    private static Bucket bucket(long perSecond, long burst) {
        // greedy refill: tokens come back continuously, not in one lump per second
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    /** Whose bucket a request draws from; the description never contains the key itself. */
    private record Client(String bucketId, boolean keyed, String description) {

        static Client key(String name) {
            return new Client("key:" + name, true, "The key '" + name + "'");
        }

        static Client address(ServerWebExchange exchange) {
            InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
            String address = remote == null || remote.getAddress() == null
                    ? "unknown" : remote.getAddress().getHostAddress();
            return new Client("address:" + address, false, "A client without an API key");
        }
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }
}
