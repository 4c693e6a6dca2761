package org.chronicle.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway settings under {@code chronicle.gateway}.
 *
 * @param apiKeys      {@code role:key[,role:key...]} or {@code name:role:key} entries (environment
 *                     {@code CHRONICLE_API_KEYS}); empty means no key, so every protected request gets 401
 * @param maxBodyBytes largest request body accepted, declared or streamed (default 1 MiB)
 */
@ConfigurationProperties("chronicle.gateway")
public record GatewayProperties(String apiKeys, @DefaultValue("1048576") long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576L;

    public GatewayProperties {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("chronicle.gateway.max-body-bytes must be positive, was " + maxBodyBytes);
        }
        apiKeys = apiKeys == null ? "" : apiKeys;
    }
}
