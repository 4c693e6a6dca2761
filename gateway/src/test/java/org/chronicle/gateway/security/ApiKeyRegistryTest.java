package org.chronicle.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyRegistryTest {

    @Test
    void roleKeyPairsAreNamedAfterTheirRole() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse("admin:first-admin-key-000001, editor:first-editor-key-00001");

        assertThat(registry.authenticate("first-admin-key-000001")).contains(new ApiKeyPrincipal("admin", Role.ADMIN));
        assertThat(registry.authenticate("first-editor-key-00001")).contains(new ApiKeyPrincipal("editor", Role.EDITOR));
    }

    @Test
    void triplesNameTheirKey() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse("alice:editor:alice-key-0123456789,ci.bot:admin:bot-key-0123456789");

        assertThat(registry.authenticate("alice-key-0123456789")).contains(new ApiKeyPrincipal("alice", Role.EDITOR));
        assertThat(registry.authenticate("bot-key-0123456789")).contains(new ApiKeyPrincipal("ci.bot", Role.ADMIN));
    }

    @Test
    void aRoleKeyPairKeepsColonsInTheKey() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse("Admin:part:of:the:key");

        assertThat(registry.authenticate("part:of:the:key")).contains(new ApiKeyPrincipal("admin", Role.ADMIN));
    }

    @Test
    void unknownWrongCaseAndEmptyKeysDoNotAuthenticate() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse("editor:Secret-Key-0123456789");

        assertThat(registry.authenticate("secret-key-0123456789")).isEmpty();
        assertThat(registry.authenticate("Secret-Key-012345678")).isEmpty();
        assertThat(registry.authenticate("")).isEmpty();
        assertThat(registry.authenticate(null)).isEmpty();
    }

    @Test
    void anEmptyConfigurationHasNoKeys() {
        assertThat(ApiKeyRegistry.parse("").isEmpty()).isTrue();
        assertThat(ApiKeyRegistry.parse(null).isEmpty()).isTrue();
        assertThat(ApiKeyRegistry.parse(" , ").isEmpty()).isTrue();
    }

    @Test
    void malformedEntriesStopStartUpWithoutShowingTheKey() {
        assertThatThrownBy(() -> ApiKeyRegistry.parse("root:super-secret-value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1")
                .hasMessageNotContaining("super-secret-value");
        assertThatThrownBy(() -> ApiKeyRegistry.parse("editor:ok-key-0123456789,bad name:admin:super-secret-value"))
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining("super-secret-value");
        assertThatThrownBy(() -> ApiKeyRegistry.parse("editor:")).hasMessageContaining("empty key");
        assertThatThrownBy(() -> ApiKeyRegistry.parse("a:editor:same-key-0123456789,b:admin:same-key-0123456789"))
                .hasMessageContaining("repeats")
                .hasMessageNotContaining("same-key");
    }

    @Test
    void onlyDigestsAreKept() throws Exception {
        String key = "plain-text-key-0123456789";
        ApiKeyRegistry registry = ApiKeyRegistry.parse("editor:" + key);

        Field entriesField = ApiKeyRegistry.class.getDeclaredField("entries");
        entriesField.setAccessible(true);
        List<?> entries = (List<?>) entriesField.get(registry);
        assertThat(entries).hasSize(1);
        for (Field field : entries.get(0).getClass().getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(entries.get(0));
            if (value instanceof byte[] bytes) {
                assertThat(bytes).hasSize(32);
                assertThat(Arrays.equals(bytes, key.getBytes())).isFalse();
            } else {
                assertThat(String.valueOf(value)).doesNotContain(key);
            }
        }
    }

    @Test
    void adminGrantsEditorButNotTheOtherWayRound() {
        assertThat(Role.ADMIN.grants(Role.EDITOR)).isTrue();
        assertThat(Role.ADMIN.grants(Role.ADMIN)).isTrue();
        assertThat(Role.EDITOR.grants(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.grants(Role.ADMIN)).isFalse();
    }
}
