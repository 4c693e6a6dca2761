package org.chronicle.gateway.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which role a request needs, from the public contract: everything under {@code /api/admin} needs
 * {@code admin} (reads too); any other non-read method under {@code /api/} needs {@code editor}; reads are open.
 * <p>
 * Paths are matched with the same {@link PathPattern} semantics as the route predicates (decoded segments),
 * so a request cannot reach the admin route without being classified as an admin request.
 */
@Component
public class AccessPolicy {

    private static final PathPattern ADMIN = PathPatternParser.defaultInstance.parse("/api/admin/**");
    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    /** Everything else (POST, PUT, PATCH, DELETE and any unusual method) counts as a write. */
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    public Optional<Role> requiredRole(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        if (ADMIN.matches(path)) {
            return Optional.of(Role.ADMIN);
        }
        if (API.matches(path) && !READS.contains(request.getMethod())) {
            return Optional.of(Role.EDITOR);
        }
        return Optional.empty();
    }
}
