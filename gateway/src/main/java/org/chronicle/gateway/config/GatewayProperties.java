package org.chronicle.gateway.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway settings under {@code chronicle.gateway}.
 *
 * @param apiKeys      {@code role:key[,role:key...]} or {@code name:role:key} entries (environment
 *                     {@code CHRONICLE_API_KEYS}); empty means no key, so every protected request gets 401
 * @param maxBodyBytes largest request body accepted, declared or streamed (default 1 MiB)
 * @param maxHeaderBytes largest total of request header names and values (default 16 KiB); larger gets 431
 * @param metricsAllowedNetworks CIDR blocks whose clients may read the gateway's {@code /actuator/prometheus}
 *                     (environment {@code CHRONICLE_METRICS_ALLOWED_NETWORKS}; default loopback only)
 */
@ConfigurationProperties("chronicle.gateway")
public record GatewayProperties(String apiKeys, @DefaultValue("1048576") long maxBodyBytes,
                                @DefaultValue("16384") long maxHeaderBytes,
                                @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> metricsAllowedNetworks) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576L;

    public GatewayProperties {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("chronicle.gateway.max-body-bytes must be positive, was " + maxBodyBytes);
        }
        if (maxHeaderBytes <= 0) {
            throw new IllegalArgumentException("chronicle.gateway.max-header-bytes must be positive, was " + maxHeaderBytes);
        }
        apiKeys = apiKeys == null ? "" : apiKeys;
        metricsAllowedNetworks = metricsAllowedNetworks == null ? List.of() : List.copyOf(metricsAllowedNetworks);
    }
}
