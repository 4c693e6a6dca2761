package org.chronicle.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.RequestPath;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    @ParameterizedTest
    @CsvSource({
            "GET,    /api/articles,              ",
            "GET,    /api/timeline/export,       ",
            "HEAD,   /api/entities/e-1,          ",
            "OPTIONS,/api/articles,              ",
            "GET,    /actuator/health,           ",
            "POST,   /actuator/health,           ",
            "POST,   /api/articles,        EDITOR",
            "PUT,    /api/articles/a-1,    EDITOR",
            "PATCH,  /api/entities/e-1,    EDITOR",
            "DELETE, /api/entities/e-1,    EDITOR",
            "POST,   /api/unknown,         EDITOR",
            "GET,    /api/admin,           ADMIN",
            "GET,    /api/admin/replay,    ADMIN",
            "POST,   /api/admin/replay,    ADMIN",
            "GET,    /api/%61dmin/replay,  ADMIN",
            "GET,    /api/administrator,         "})
    void requiredRoles(String method, String path, Role expected) {
        MockServerHttpRequest request = MockServerHttpRequest.method(HttpMethod.valueOf(method), URI.create(path)).build();

        assertThat(policy.requiredRole(request).orElse(null)).isEqualTo(expected);
    }

    @Test
    void unusualMethodsCountAsWrites() {
        MockServerHttpRequest request = MockServerHttpRequest.method(HttpMethod.valueOf("PURGE"), "/api/articles").build();

        assertThat(policy.requiredRole(request)).contains(Role.EDITOR);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/articles/a-1/events, false",
            "/api/entities/e%201,      false",
            "/api/timeline/./x,        true",
            "/api/timeline/../admin,   true",
            "/api/timeline/%2E%2E/x,   true",
            "/api/timeline/a%2fb,      true",
            "/api/timeline/a%5cb,      true",
            "/api/timeline/..;x=1/a,   true",
            "/api/timeline;v=1,        true",
            "/api//timeline,           true"})
    void ambiguousPaths(String path, boolean ambiguous) {
        assertThat(PathGuardFilter.isAmbiguous(RequestPath.parse(path, null).pathWithinApplication()))
                .isEqualTo(ambiguous);
    }
}
