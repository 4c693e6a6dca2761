package org.chronicle.platform.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Request ids, actors and problem details for a servlet service; each service imports it explicitly. */
@Configuration(proxyBeanMethods = false)
@Import(PlatformProblemHandler.class)
public class ServiceWebConfiguration {

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(new RequestIdFilter().getOrder());
        return registration;
    }

    @Bean
    public CorrelationDataProvider requestCorrelation() {
        return new SimpleCorrelationDataProvider(RequestContext.REQUEST_ID, RequestContext.ACTOR);
    }

    @Bean
    public RequestMetadataRegistration requestMetadataRegistration(CommandBus commandBus) {
        return new RequestMetadataRegistration(commandBus);
    }

    /** Registers the interceptor on the command bus once the bus exists. */
    public static final class RequestMetadataRegistration {
        RequestMetadataRegistration(CommandBus commandBus) {
            commandBus.registerDispatchInterceptor(new RequestMetadataInterceptor());
        }
    }
}
