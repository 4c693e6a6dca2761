package org.chronicle.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronicle.gateway.problem.GatewayProblemException;
import org.chronicle.gateway.web.FilterOrder;
import org.chronicle.gateway.web.RequestContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Enforces the {@link AccessPolicy} with {@code X-Api-Key}: missing or unknown key 401, key without the
 * role 403. Always removes the client's {@code X-Chronicle-Actor} and {@code X-Api-Key}; when a valid key is
 * presented (also on open reads) sends its name downstream as {@code X-Chronicle-Actor}. A wrong key on an
 * open read is ignored: the read proceeds anonymously. Failures are counted in
 * {@code chronicle.gateway.auth.failures{reason=missing|invalid|forbidden}}.
 */
@Component
public class ApiKeyAuthenticationFilter implements WebFilter, Ordered {

    public static final String FAILURES_METER = "chronicle.gateway.auth.failures";
    static final String WWW_AUTHENTICATE = "ApiKey realm=\"chronicle\"";

    enum Failure {
        MISSING, INVALID, FORBIDDEN
    }

    private final ApiKeyRegistry registry;
    private final AccessPolicy policy;
    private final Map<Failure, Counter> failures = new EnumMap<>(Failure.class);

    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, AccessPolicy policy, MeterRegistry meterRegistry) {
        this.registry = registry;
        this.policy = policy;
        for (Failure failure : Failure.values()) {
            failures.put(failure, Counter.builder(FAILURES_METER)
                    .description("Requests refused by the gateway's API-key check")
                    .tag("reason", failure.name().toLowerCase(java.util.Locale.ROOT))
                    .register(meterRegistry));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> presented = request.getHeaders().getOrEmpty(RequestContext.API_KEY_HEADER);
        boolean missing = presented.isEmpty() || presented.get(0).isBlank();
        // several X-Api-Key headers are ambiguous: treat them as no valid key
        Optional<ApiKeyPrincipal> principal = presented.size() == 1
                ? registry.authenticate(presented.get(0)) : Optional.empty();

        Optional<Role> required = policy.requiredRole(request);
        if (required.isPresent()) {
            if (missing) {
                return refuse(Failure.MISSING, new GatewayProblemException(HttpStatus.UNAUTHORIZED,
                        "API key required", "This request needs an X-Api-Key header with the "
                                + required.get().label() + " role.",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE)));
            }
            if (principal.isEmpty()) {
                return refuse(Failure.INVALID, new GatewayProblemException(HttpStatus.UNAUTHORIZED,
                        "Invalid API key", "The X-Api-Key header does not hold a configured key.",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE)));
            }
            if (!principal.get().role().grants(required.get())) {
                return refuse(Failure.FORBIDDEN, new GatewayProblemException(HttpStatus.FORBIDDEN,
                        "Insufficient role", "The key '" + principal.get().name() + "' has the "
                                + principal.get().role().label() + " role; this request needs "
                                + required.get().label() + "."));
            }
        }

        principal.ifPresent(p -> exchange.getAttributes().put(RequestContext.ACTOR_ATTR, p.name()));
        ServerHttpRequest forwarded = request.mutate().headers(headers -> {
            headers.remove(RequestContext.API_KEY_HEADER);
            headers.remove(RequestContext.ACTOR_HEADER);
            principal.ifPresent(p -> headers.set(RequestContext.ACTOR_HEADER, p.name()));
        }).build();
        return chain.filter(exchange.mutate().request(forwarded).build());
    }

    private Mono<Void> refuse(Failure failure, GatewayProblemException problem) {
        failures.get(failure).increment();
        return Mono.error(problem);
    }

    @Override
    public int getOrder() {
        return FilterOrder.AUTHENTICATION;
    }
}
