package org.chronicle.gateway.limit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits under {@code chronicle.gateway.rate-limit}: one token bucket per API key, and one per client
 * address for requests without a valid key. Buckets live in this gateway's memory, so with N gateway instances
 * behind a load balancer a client gets up to N times the rate (see gateway/README.md).
 *
 * @param enabled            off turns every limit off (benchmarks measure the platform, not the limiter)
 * @param keyPerSecond       sustained requests per second per API key
 * @param keyBurst           requests a key may make at once after being idle
 * @param anonymousPerSecond sustained requests per second per client address without a valid key
 * @param anonymousBurst     burst for those
 * @param maxClients         buckets kept at most; the least recently used go first
 * @param idleExpiry         a bucket unused this long is forgotten (it would be full again anyway)
 */
@ConfigurationProperties("chronicle.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("100") long keyPerSecond,
                                  @DefaultValue("200") long keyBurst,
                                  @DefaultValue("50") long anonymousPerSecond,
                                  @DefaultValue("100") long anonymousBurst,
                                  @DefaultValue("100000") long maxClients,
                                  @DefaultValue("10m") Duration idleExpiry) {

    public RateLimitProperties {
        if (keyPerSecond <= 0 || keyBurst <= 0 || anonymousPerSecond <= 0 || anonymousBurst <= 0 || maxClients <= 0) {
            throw new IllegalArgumentException("chronicle.gateway.rate-limit: rates, bursts and max-clients must be "
                    + "positive; set enabled=false to turn limiting off");
        }
    }
}
