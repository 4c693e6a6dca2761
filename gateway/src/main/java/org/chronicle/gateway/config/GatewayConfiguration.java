package org.chronicle.gateway.config;

import org.chronicle.gateway.security.ApiKeyRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the beans that are built from {@link GatewayProperties} rather than discovered. */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    @Bean
    ApiKeyRegistry apiKeyRegistry(GatewayProperties properties) {
        return ApiKeyRegistry.parse(properties.apiKeys());
    }
}
