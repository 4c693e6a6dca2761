package org.chronicle.entity.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    public EntityChangeMetrics entityChangeMetrics(MeterRegistry registry, EventBus eventBus) {
        EntityChangeMetrics metrics = new EntityChangeMetrics(registry);
        metrics.registerWith(eventBus);
        return metrics;
    }
}
