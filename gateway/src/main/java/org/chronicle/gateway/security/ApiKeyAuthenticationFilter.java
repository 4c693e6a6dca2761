package org.chronicle.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * open read is ignored: the read proceeds anonymously. A key in the query string ({@code ?api_key=}, or any
 * parameter whose value is a configured key) is refused with 400 on every path: URLs end up in access logs,
 * proxies and browser history. Failures are counted in
 * {@code chronicle.gateway.auth.failures{reason=missing|invalid|forbidden|in_query}}.
 */
@Component
public class ApiKeyAuthenticationFilter implements WebFilter, Ordered {

    public static final String FAILURES_METER = "chronicle.gateway.auth.failures";
    static final String WWW_AUTHENTICATE = "ApiKey realm=\"chronicle\"";

    enum Failure {
        MISSING, INVALID, FORBIDDEN, IN_QUERY
    }

    /** Query parameter names clients use for keys; compared lower-case. */
    private static final Set<String> KEY_PARAMETERS = Set.of("api_key", "apikey", "api-key", "x-api-key", "key");

    private final ApiKeyRegistry registry;
    private final AccessPolicy policy;
    private final Map<Failure, Counter> failures = new EnumMap<>(Failure.class);

    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, AccessPolicy policy, MeterRegistry meterRegistry) {
        this.registry = registry;
        this.policy = policy;
        for (Failure failure : Failure.values()) {
            failures.put(failure, Counter.builder(FAILURES_METER)
                    .description("Requests refused by the gateway's API-key check")
                    .tag("reason", failure.name().toLowerCase(Locale.ROOT))
                    .register(meterRegistry));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<Boolean> keyInQuery = keyInQuery(request);
        if (keyInQuery.isPresent()) {
            return refuse(Failure.IN_QUERY, new GatewayProblemException(HttpStatus.BAD_REQUEST, "API key in the URL",
                    "API keys are accepted only in the X-Api-Key header." + (keyInQuery.get()
                            ? " The URL held a configured key: treat it as exposed and have it replaced." : "")));
        }
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

    /** Present when the query string carries a key; true when it is one of the configured keys. */
    private Optional<Boolean> keyInQuery(ServerHttpRequest request) {
        boolean named = false;
        for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
            named |= KEY_PARAMETERS.contains(parameter.getKey().toLowerCase(Locale.ROOT));
            for (String value : parameter.getValue()) {
                if (value != null && registry.authenticate(value).isPresent()) {
                    return Optional.of(true);
                }
            }
        }
        return named ? Optional.of(false) : Optional.empty();
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
