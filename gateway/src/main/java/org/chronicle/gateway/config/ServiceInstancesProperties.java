package org.chronicle.gateway.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param services       {@code chronicle.gateway.services.<service-id>}: comma-separated base URIs of the service's
 *                       instances (environment {@code ARTICLE_SERVICE_URI}, {@code ENTITY_SERVICE_URI},
 *                       {@code TIMELINE_SERVICE_URI}; see application.yml)
 * @param healthInterval how often every instance's {@code /actuator/health} is probed
 */
@ConfigurationProperties("chronicle.gateway")
public record ServiceInstancesProperties(Map<String, String> services,
                                         @DefaultValue("2s") Duration healthInterval) {

    public ServiceInstancesProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
