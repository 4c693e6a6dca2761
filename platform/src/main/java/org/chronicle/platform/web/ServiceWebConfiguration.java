package org.chronicle.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Request ids, actors, problem details and the guards against hostile input (query parameters, body size, strict
 * JSON) for a servlet service; each service imports it explicitly.
 */
@Configuration(proxyBeanMethods = false)
@Import({PlatformProblemHandler.class, RequestBodyProblems.class, StrictJsonConfiguration.class})
public class ServiceWebConfiguration {

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(new RequestIdFilter().getOrder());
        return registration;
    }

    /** Query strings with operator-looking names, repeated parameters or control characters: 400. */
    @Bean
    public FilterRegistrationBean<QueryParameterGuard> queryParameterGuard(ObjectMapper json) {
        QueryParameterGuard guard = new QueryParameterGuard(json);
        FilterRegistrationBean<QueryParameterGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setOrder(guard.getOrder());
        return registration;
    }

    /** The service's own bound on request bodies, the gateway's 1 MiB by default: 413 above it. */
    @Bean
    public FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${chronicle.web.max-body-bytes:1048576}") long maxBodyBytes, ObjectMapper json) {
        RequestBodyLimit limit = new RequestBodyLimit(maxBodyBytes, json);
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setOrder(limit.getOrder());
        return registration;
    }

    /** Tomcat's own refusals (before any filter) as problem+json too. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
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
