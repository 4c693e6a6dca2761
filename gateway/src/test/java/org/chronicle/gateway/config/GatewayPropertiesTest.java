package org.chronicle.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GatewayPropertiesTest {

    private static GatewayProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("chronicle.gateway", GatewayProperties.class);
    }

    @Test
    void defaultsToOneMebibyteAndNoKeys() {
        GatewayProperties properties = bind(Map.of());

        assertThat(properties.maxBodyBytes()).isEqualTo(1_048_576L).isEqualTo(GatewayProperties.DEFAULT_MAX_BODY_BYTES);
        assertThat(properties.apiKeys()).isEmpty();
    }

    @Test
    void bindsTheDocumentedNames() {
        GatewayProperties properties = bind(Map.of("chronicle.gateway.api-keys", "editor:k-0123456789abcdef",
                "chronicle.gateway.max-body-bytes", "2048"));

        assertThat(properties.apiKeys()).isEqualTo("editor:k-0123456789abcdef");
        assertThat(properties.maxBodyBytes()).isEqualTo(2048);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new GatewayProperties("", 0, 16384, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
