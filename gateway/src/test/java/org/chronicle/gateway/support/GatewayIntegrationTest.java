package org.chronicle.gateway.support;

import java.time.Duration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the real gateway on a random port in front of three fake services. Every subclass shares this one
 * configuration, hence one application context and one set of upstreams for the whole test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // tests disable metrics export unless asked: keep /actuator/prometheus
public abstract class GatewayIntegrationTest extends GatewayClientSupport {

    protected static final FakeUpstream ARTICLES = FakeUpstream.start("article-service");
    protected static final FakeUpstream ENTITIES = FakeUpstream.start("entity-service");
    protected static final FakeUpstream TIMELINE = FakeUpstream.start("timeline-service");

    protected static final String ADMIN_KEY = "adm-7f3c9a1e5b2d4f60c8e1";
    protected static final String EDITOR_KEY = "edt-2b8e6d4c0a9f1e37d5a2";
    /** A small cap keeps the over-limit bodies small. */
    protected static final int MAX_BODY_BYTES = 64 * 1024;
    protected static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1500);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ARTICLES.close();
            ENTITIES.close();
            TIMELINE.close();
        }));
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        // the same names the launcher passes as environment variables
        registry.add("ARTICLE_SERVICE_URI", ARTICLES::uri);
        registry.add("ENTITY_SERVICE_URI", ENTITIES::uri);
        registry.add("TIMELINE_SERVICE_URI", TIMELINE::uri);
        registry.add("CHRONICLE_API_KEYS", () -> "ops:admin:" + ADMIN_KEY + ", editor:" + EDITOR_KEY);
        registry.add("CHRONICLE_GATEWAY_RESPONSE_TIMEOUT", () -> RESPONSE_TIMEOUT.toMillis() + "ms");
        registry.add("chronicle.gateway.max-body-bytes", () -> MAX_BODY_BYTES);
        // limits far above what the suite sends, so tests do not throttle each other; RateLimitTest sets low ones
        registry.add("chronicle.gateway.rate-limit.key-burst", () -> 100_000);
        registry.add("chronicle.gateway.rate-limit.anonymous-burst", () -> 100_000);
    }

}
