package org.chronicle.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.chronicle.platform.testing.HostileInputSupport;
import org.chronicle.platform.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile query strings against the timeline, reached directly over HTTP: refused with a precise 400 naming the
 * parameter, never turned into a query, and the service stays healthy.
 */
class HostileInputTest extends HostileInputSupport {

    private String refusedParameter(String query) {
        return service.refusesGet(400, "/api/timeline?" + query).json().path("parameter").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"entity%5B%24ne%5D=x", "%24where=1", "q.%24regex=.*", "from%5B%24gt%5D=2024", "category%5B%5D=X"})
    void operatorLookingNamesAreRefusedNotIgnored(String query) {
        String name = URLDecoder.decode(query.substring(0, query.indexOf('=')), StandardCharsets.UTF_8);
        assertThat(refusedParameter(query)).isEqualTo(name);
    }

    @Test
    void freeTextIsLiteralAndBounded() {
        long started = System.nanoTime();
        for (String q : new String[]{"(a%2B)%2B%24", "%5E.*%24", "%5CE.*%5CQ", "%7B%22%24gt%22%3A%22%22%7D"}) {
            RawHttp.Reply literal = service.http().get("/api/timeline?q=" + q + "&entity=" + q);
            assertThat(literal.status()).as(literal.body()).isEqualTo(200);
            assertThat(literal.json().path("entries")).isEmpty();
        }
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        assertThat(refusedParameter("q=" + "a".repeat(201))).isEqualTo("q");
        assertThat(refusedParameter("entity=" + "a".repeat(201))).isEqualTo("entity");
        assertThat(refusedParameter("q=a%00b")).isEqualTo("q");
        assertThat(refusedParameter("entity=%E2%80%AEevil")).isEqualTo("entity");
    }

    @Test
    void valuesOutsideTheirDomain() {
        assertThat(refusedParameter("language=xx")).isEqualTo("language");
        assertThat(refusedParameter("language=klingon")).isEqualTo("language");
        assertThat(refusedParameter("category=%24ne")).isEqualTo("category");
        assertThat(refusedParameter("article=%24ne")).isEqualTo("article");
        assertThat(refusedParameter("from=0000-00-00")).isEqualTo("from");
        assertThat(service.http().get("/api/timeline?category=treaty&language=IT").status()).isEqualTo(200);
        assertThat(refusedParameter("limit=1&limit=2")).isEqualTo("limit");
    }

    @Test
    void hugeLimitsAndForgedCursors() {
        for (String limit : new String[]{"201", "0", "-5", "2147483648", "99999999999999999999"}) {
            assertThat(refusedParameter("limit=" + limit)).isEqualTo("limit");
        }
        for (String position : new String[]{"2024-01-01\n{\"$gt\":\"\"}", "x\n" + UUID.randomUUID(), "\n",
                                            "2024-01-01\n", "2024-01-01\n$ne", "2024-01-01\na\u0000b",
                                            "2024-01-01\n" + "x".repeat(101)}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
            assertThat(refusedParameter("cursor=" + cursor)).isEqualTo("cursor");
        }
        assertThat(refusedParameter("cursor=" + "A".repeat(300))).isEqualTo("cursor");
        String genuineShape = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("2024-01-01\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertThat(service.http().get("/api/timeline?cursor=" + genuineShape).status()).isEqualTo(200);
    }

    @Test
    void theExportTakesTheSameChecks() {
        service.refusesGet(400, "/api/timeline/export?format=csv&entity%5B%24ne%5D=x");
        service.refusesGet(400, "/api/timeline/export?format=%24where");
        service.refusesGet(400, "/api/timeline/export?q=" + "a".repeat(201));
    }
}
